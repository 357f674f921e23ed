import { DEFAULT_SETTINGS, lowerPlan, MARKERS, type Settings, type WorkbookPlan } from "../core";
import { applyStepsToModel } from "../../test/support/applyStepsToModel";
import { compareModels } from "../../test/support/compareModels";
import { dumpFakeWorkbook } from "../../test/support/fakeModelBridge";
import {
  FakeOfficeError,
  generatedSheet,
  installFakeOffice,
  sampleSheet,
  seedSheet,
  sheetValues,
  uninstallFakeOffice,
  type FakeHost,
  type SeedSheet,
} from "../../test/fakes";
import { detectApiSupport } from "./detectApiSupport";
import { createExcelPort } from "./createExcelPort";
import { planInExcel } from "./computeInExcel";
import { writeCapabilities } from "./writeCapabilities";

let host: FakeHost;
beforeEach(() => {
  host = installFakeOffice(globalThis, { excelApi: "1.13" });
});
afterEach(() => uninstallFakeOffice(globalThis));

const FIVE_MB = 5 * 1024 * 1024;

/**
 * The plan the engine makes for the workbook as it is now (read and the cells to keep captured through the
 * adapter, without writing).
 */
async function planNow(settings: Settings = DEFAULT_SETTINGS): Promise<WorkbookPlan> {
  const planned = await Excel.run((context) => planInExcel(context, settings, support()));
  if (!planned.ok) throw new Error(JSON.stringify(planned.result));
  return planned.plan;
}

const support = () => detectApiSupport(Office.context.requirements.isSetSupported);

async function compute(settings: Settings = DEFAULT_SETTINGS) {
  host.clearLogs();
  return createExcelPort().compute(settings, () => undefined);
}

/**
 * Runs a compute and returns every difference between the workbook and what the oracle makes of the workbook as it
 * was, with the plan the adapter's own read gives (see test/support/applyStepsToModel.ts).
 */
async function computeAgainstOracle(settings: Settings = DEFAULT_SETTINGS) {
  const before = dumpFakeWorkbook(host.workbook);
  const plan = await planNow(settings);
  const expected = applyStepsToModel(before, lowerPlan(plan, writeCapabilities(support())).steps);
  const result = await compute(settings);
  return { plan, result, differences: compareModels(dumpFakeWorkbook(host.workbook), expected) };
}

const markerTarget = (role: keyof typeof MARKERS) => host.workbook.nameTarget(MARKERS[role])?.name;

describe("writing the plan", () => {
  it("writes the values, formulas, formats, merges, conditional formats and sizes the engine planned", async () => {
    seedSheet(host.workbook, sampleSheet());
    const { plan, result, differences } = await computeAgainstOracle();
    expect(result).toMatchObject({
      ok: true,
      value: { appendixSheet: "Phụ lục", summarySheet: "Tổng hợp", notices: [] },
    });
    expect(differences).toEqual([]);
    const appendix = host.workbook.sheet("Phụ lục")!;
    const planned = plan.generated[0]!;
    expect(appendix.frozenRows).toBe(planned.freezeRows);
    expect(appendix.tabColor).toBe(planned.tabColor);
    expect(appendix.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 50.4,
      centerHorizontally: true,
      printTitleRows: "$3:$3",
    });
    expect([markerTarget("appendix"), markerTarget("summary")]).toEqual(["Phụ lục", "Tổng hợp"]);
  });

  it("takes 9 syncs on a first run and 8 on a re-run of a small table, more only by size at 20,000 indicators, with no request or response above 5 MB", async () => {
    const measure = async (seed: SeedSheet) => {
      installFakeOffice(globalThis, { excelApi: "1.13" });
      host = installFakeOffice(globalThis, { excelApi: "1.13" });
      seedSheet(host.workbook, seed);
      const largest = () => Math.max(...host.syncs.flatMap((s) => [s.requestBytes, s.responseBytes]));
      expect((await compute()).ok).toBe(true);
      const first = { syncs: host.syncs.length, largest: largest() };
      expect((await compute()).ok).toBe(true);
      return { first, again: { syncs: host.syncs.length, largest: largest() } };
    };
    const small = await measure(generatedSheet(20));
    const large = await measure(generatedSheet(20_000));
    // The first run also captures the cells it keeps (1 sync; the whole formats of 40,000 cells take more).
    expect(small.first.syncs).toBe(9);
    expect(small.again.syncs).toBe(8);
    expect(large.first.largest).toBeLessThanOrEqual(FIVE_MB);
    // A re-run reads and rewrites the 40,000 records kept (several MB): a few more syncs, each within the limits.
    expect(large.again.syncs).toBeLessThanOrEqual(14);
    expect(large.again.largest).toBeLessThanOrEqual(FIVE_MB);
    expect(large.again.largest).toBeGreaterThan(1024 * 1024); // the large run really is large
  }, 90_000);

  it("writes static fills and makes no conditional-format call where only ExcelApi 1.1 is supported", async () => {
    host.setExcelApi("1.1");
    seedSheet(host.workbook, sampleSheet());
    const { plan, result, differences } = await computeAgainstOracle();
    expect(result.ok && result.value.notices.map((n) => n.code)).toEqual([
      "staticFills",
      "noPrintSettings",
      "noNames",
      "noLayout",
    ]);
    expect(
      host.calls.filter((c) =>
        /ConditionalFormat|suspend|pageLayout|PageLayout|merge|freeze|names\.add|NamedItemCollection\.add/i.test(c),
      ),
    ).toEqual([]);
    expect(differences).toEqual([]);
    expect(plan.source.fallbackFormats.length).toBeGreaterThan(0);
    expect(host.workbook.sheet("Báo cáo")!.conditionalFormats).toEqual([]);
  });

  it("leaves a user's own sheet named Phụ lục alone and writes Phụ lục (2)", async () => {
    seedSheet(host.workbook, sampleSheet());
    const own = seedSheet(host.workbook, { name: "Phụ lục", values: [["Phụ lục của tôi"], [1, "=SUM(A1)"]] });
    const before = JSON.stringify([...own.cells]);
    const result = await compute();
    expect(result.ok && result.value.appendixSheet).toBe("Phụ lục (2)");
    expect(JSON.stringify([...own.cells])).toBe(before);
    expect(markerTarget("appendix")).toBe("Phụ lục (2)");
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([
      "Báo cáo",
      "Phụ lục",
      "Attainment_Originals",
      "Phụ lục (2)",
      "Tổng hợp",
    ]);
  });

  it("replaces the generated sheets on a re-run, even renamed ones, without duplicates", async () => {
    seedSheet(host.workbook, sampleSheet());
    await compute();
    host.workbook.sheet("Phụ lục")!.name = "PL năm ngoái";
    const conditional = host.workbook.sheet("Báo cáo")!.conditionalFormats.length;
    const { result, differences } = await computeAgainstOracle();
    expect(result.ok).toBe(true);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Báo cáo", "Attainment_Originals", "Phụ lục", "Tổng hợp"]);
    expect(host.workbook.sheet("Attainment_Originals")!.visibility).toBe("VeryHidden");
    expect([...host.workbook.names.keys()]).toHaveLength(3);
    expect([markerTarget("appendix"), markerTarget("summary")]).toEqual(["Phụ lục", "Tổng hợp"]);
    expect(host.workbook.sheet("Báo cáo")!.conditionalFormats).toHaveLength(conditional);
    expect(differences).toEqual([]);
    expect(host.syncs).toHaveLength(8);
  });

  it("re-runs from the appendix sheet on the table it came from", async () => {
    seedSheet(host.workbook, { name: "Bìa", values: [["Báo cáo năm 2021"]] });
    seedSheet(host.workbook, sampleSheet());
    await compute({ ...DEFAULT_SETTINGS, sheet: "Báo cáo" });
    host.workbook.activeSheetId = host.workbook.sheet("Phụ lục")!.id;
    const result = await compute();
    expect(result.ok && result.value.analysis.table.sheet).toBe("Báo cáo");
    expect(host.workbook.sheets.map((s) => s.name)).toEqual([
      "Bìa",
      "Báo cáo",
      "Attainment_Originals",
      "Phụ lục",
      "Tổng hợp",
    ]);
  });

  it("writes hostile strings as text, never as formulas or numbers", async () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","bấm vào đây")',
      "+1+2",
      "-SUM(A1:A9)",
      "@A1",
      "0123",
      "1/2/2021",
      "95%",
    ];
    const seed = sampleSheet();
    hostile.forEach((text, i) => (seed.values[3 + i]![1] = text));
    seedSheet(host.workbook, seed);
    const { result, differences } = await computeAgainstOracle();
    expect(result.ok).toBe(true);
    expect(differences).toEqual([]);
    const appendix = host.workbook.sheet("Phụ lục")!;
    const labels = [...appendix.entries()].filter(({ col, cell }) => col === 1 && hostile.includes(String(cell.value)));
    expect(labels.map(({ cell }) => [cell.value, cell.formula ?? null, cell.quotePrefix])).toEqual(
      hostile.map((h) => [h, null, true]),
    );
  });

  it("suspends screen updating once per run, not once per batch (repeated calls make Excel flicker)", async () => {
    seedSheet(host.workbook, sampleSheet());
    expect((await compute()).ok).toBe(true);
    expect(host.calls.filter((c) => c === "Application.suspendScreenUpdatingUntilNextSync")).toHaveLength(1);
  });

  it("reports progress from reading to done", async () => {
    seedSheet(host.workbook, sampleSheet());
    const stages: string[] = [];
    const fractions: number[] = [];
    await createExcelPort().compute(DEFAULT_SETTINGS, (p) => {
      stages.push(p.stage);
      fractions.push(p.fraction);
    });
    expect([...new Set(stages)]).toEqual(["reading", "computing", "writing", "done"]);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });
});

describe("when writing is refused or fails", () => {
  it("refuses a protected sheet before writing anything", async () => {
    seedSheet(host.workbook, { ...sampleSheet(), protected: true });
    const result = await compute();
    expect(result).toEqual({
      ok: false,
      error: {
        kind: "host",
        code: "sheetProtected",
        detail: 'Trang tính "Báo cáo" đang được bảo vệ; chưa có gì được ghi.',
      },
    });
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Báo cáo"]);
    // Read (3), the fonts (1) and capture the cells it would keep (1); nothing written.
    expect(host.syncs).toHaveLength(5);
  });

  it("refuses a workbook whose structure is protected", async () => {
    seedSheet(host.workbook, sampleSheet());
    host.workbook.structureProtected = true;
    const result = await compute({ ...DEFAULT_SETTINGS, lang: "en" });
    expect(result.ok ? null : result.error).toMatchObject({
      code: "sheetProtected",
      detail: expect.stringContaining("workbook structure"),
    });
  });

  it("on ExcelApi 1.1 (no protection check) turns the host's refusal into a clear message and leaves the sheets as they were", async () => {
    seedSheet(host.workbook, sampleSheet());
    await compute();
    const before = host.workbook.sheets.map((s) => [s.name, s.id, JSON.stringify(sheetValues(s))]);
    host.workbook.sheet("Báo cáo")!.protected = true;
    host.setExcelApi("1.1");
    const result = await compute();
    if (result.ok || result.error.kind !== "host") throw new Error("expected a host error");
    expect(result.error.code).toBe("sheetProtected");
    expect(result.error.detail).toContain(
      "Excel báo: The cell or chart you're trying to change is on a protected sheet.",
    );
    expect(result.error.detail).not.toMatch(/Đã xoá|xoá trắng/);
    // The officer's and the generated sheets are as they were; the originals sheet, written first, still keeps 180.
    const visible = () =>
      host.workbook.sheets
        .filter((s) => s.visibility !== "VeryHidden")
        .map((s) => [s.name, s.id, JSON.stringify(sheetValues(s))]);
    expect(visible()).toEqual(before.filter(([name]) => name !== "Attainment_Originals"));
    expect(JSON.stringify(sheetValues(host.workbook.sheet("Attainment_Originals")!))).toContain(',"attainment",180,');
    expect([markerTarget("appendix"), markerTarget("summary")]).toEqual(["Phụ lục", "Tổng hợp"]);
  });

  it("removes the sheets it created when a write fails midway, and says the source may be partly written", async () => {
    seedSheet(host.workbook, sampleSheet());
    host.failWhen = (op) =>
      op.sheet === "Summary" && /^Range\.(values|formulas)$/.test(op.api)
        ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
        : null;
    const result = await compute({ ...DEFAULT_SETTINGS, lang: "en" });
    if (result.ok || result.error.kind !== "host") throw new Error("expected a host error");
    expect(result.error.code).toBe("writeFailed");
    expect(result.error.detail).toBe(
      'Excel said: An internal error has occurred. Removed the sheets this run had added: "Appendix", "Summary". ' +
        'The attainment and status columns on sheet "Báo cáo" may have been partly written; their original cells were kept before writing: compute again, or choose Restore in the panel to put them back.',
    );
    // Only the originals sheet stays, very hidden and marked, with what it kept.
    expect(host.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Báo cáo", "Visible"],
      ["Attainment_Originals", "VeryHidden"],
    ]);
    expect([...host.workbook.names.values()].map((n) => n.name)).toEqual(["Attainment_Originals"]);
  });

  it("says what Excel said when it denies access for a reason other than protection", async () => {
    seedSheet(host.workbook, sampleSheet());
    const said = "Access denied. You don't have permission to edit this workbook (it was opened read-only).";
    host.failWhen = (op) => (op.api === "Range.values" ? new FakeOfficeError("AccessDenied", said) : null);
    const result = await compute({ ...DEFAULT_SETTINGS, lang: "en" });
    if (result.ok || result.error.kind !== "host") throw new Error("expected a host error");
    expect(result.error.code).toBe("writeFailed");
    expect(result.error.detail).toContain(`Excel said: ${said}`);
    expect(result.error.detail).not.toMatch(/protected/);
  });

  it("asks to leave cell-edit mode instead of failing obscurely", async () => {
    seedSheet(host.workbook, sampleSheet());
    host.editMode = true;
    const result = await compute();
    expect(result.ok ? null : result.error).toMatchObject({ kind: "host", code: "editMode" });
    expect(host.workbook.sheets).toHaveLength(1);
  });
});
