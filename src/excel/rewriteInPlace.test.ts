/**
 * A re-run rewrites the generated sheets in place: Excel rewrites formulas that point at a renamed sheet and turns
 * them into #REF! when the sheet is deleted, so replacing the sheets would break the officer's references.
 */
import { DEFAULT_SETTINGS, MARKERS, type Settings } from "../core";
import {
  FakeOfficeError,
  installFakeOffice,
  sampleSheet,
  seedSheet,
  uninstallFakeOffice,
  type FakeHost,
} from "../../test/fakes";
import { createExcelPort } from "./createExcelPort";

let host: FakeHost;
beforeEach(() => {
  host = installFakeOffice(globalThis, { excelApi: "1.13" });
  seedSheet(host.workbook, sampleSheet());
});
afterEach(() => uninstallFakeOffice(globalThis));

const compute = (settings: Partial<Settings> = {}) =>
  createExcelPort().compute({ ...DEFAULT_SETTINGS, sheet: "Báo cáo", ...settings }, () => undefined);

/** The officer's own sheet, quoting the appendix and the summary. */
function addReferences(appendix = "Phụ lục", summary = "Tổng hợp") {
  return seedSheet(host.workbook, {
    name: "Ghi chú",
    values: [[null], [null]],
    formulas: [[`='${appendix}'!E5`], [`=SUM('${summary}'!B3:B4)`]],
  });
}

const formulas = (sheet: ReturnType<typeof addReferences>) => [sheet.cell(0, 0)?.formula, sheet.cell(1, 0)?.formula];

describe("re-running keeps the officer's references", () => {
  it("keeps a formula that points at the appendix and the summary", async () => {
    expect((await compute()).ok).toBe(true);
    const ids = host.workbook.sheets.map((s) => s.id);
    const notes = addReferences();
    expect((await compute()).ok).toBe(true);
    expect(formulas(notes)).toEqual(["='Phụ lục'!E5", "=SUM('Tổng hợp'!B3:B4)"]);
    expect(host.workbook.sheets.map((s) => s.id)).toEqual([...ids, notes.id]);
    expect(host.workbook.sheets.some((s) => s.name.startsWith("_attainment_old"))).toBe(false);
  });

  it("renames the generated sheets in place on a language switch, and the references follow", async () => {
    await compute();
    const notes = addReferences();
    const ids = host.workbook.sheets.map((s) => s.id);
    const result = await compute({ lang: "en" });
    expect(result.ok && [result.value.appendixSheet, result.value.summarySheet]).toEqual(["Appendix", "Summary"]);
    expect(host.workbook.sheets.map((s) => [s.id, s.name])).toEqual([
      [ids[0], "Báo cáo"],
      [ids[1], "Attainment_Originals"],
      [ids[2], "Appendix"],
      [ids[3], "Summary"],
      [ids[4], "Ghi chú"],
    ]);
    expect(formulas(notes)).toEqual(["=Appendix!E5", "=SUM(Summary!B3:B4)"]);
    expect(host.workbook.nameTarget(MARKERS.appendix)?.name).toBe("Appendix");
  });

  it("leaves no _attainment_old sheet behind when a re-run is cut off, and says the next run refills it", async () => {
    await compute();
    const notes = addReferences();
    // Once the appendix is renamed and being refilled, Excel stops answering: nothing after that gets done,
    // not even the cleanup.
    let lost = false;
    host.failWhen = (op) => {
      lost ||= op.sheet === "Appendix" && op.api.startsWith("Range");
      return lost ? new FakeOfficeError("GeneralException", "Connection lost.") : null;
    };
    const result = await compute({ lang: "en" });
    if (result.ok || result.error.kind !== "host") throw new Error("expected a host error");
    expect(host.workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("_attainment"))).toEqual([]);
    expect(formulas(notes).every((f) => !f?.includes("#REF!"))).toBe(true);
    expect(result.error.detail).toMatch(/next run|lần chạy sau/);
  });

  it("deletes only the sheets the failed run added, and keeps the rewritten ones for the next run", async () => {
    host.failWhen = (op) =>
      op.sheet === "Summary" && /^Range\.(values|formulas)$/.test(op.api)
        ? new FakeOfficeError("GeneralException", "An internal error has occurred.")
        : null;
    const result = await compute({ lang: "en" });
    if (result.ok || result.error.kind !== "host") throw new Error("expected a host error");
    // The originals sheet, written before the source sheet, stays: it holds the cells the run may have overwritten.
    expect(host.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Báo cáo", "Visible"],
      ["Attainment_Originals", "VeryHidden"],
    ]);
    expect(result.error.detail).toContain('Removed the sheets this run had added: "Appendix", "Summary".');
  });
});
