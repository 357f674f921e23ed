import { DEFAULT_SETTINGS } from "../core";
import type { Report } from "../dialog/report";
import { installFakeOffice, sampleSheet, seedSheet, uninstallFakeOffice, type FakeHost } from "../../test/fakes";
import { createExcelPort, readSavedSettings, type ExcelRun } from "../excel";
import { COMMAND_BUDGET_MS, LONG_RUN_CELLS } from "./commandTiming";
import { measureSheet } from "./measureSheet";
import { languageOf, runComputeCommand, type CommandDeps } from "./runComputeCommand";

let host: FakeHost;
beforeEach(() => {
  host = installFakeOffice(globalThis, { excelApi: "1.13" });
});
afterEach(() => uninstallFakeOffice(globalThis));

function harness() {
  const event = { completed: jest.fn() };
  const reports: Report[] = [];
  const deps = {
    port: createExcelPort(),
    loadSettings: readSavedSettings,
    showReport: async (report: Report) => void reports.push(report),
    displayLanguage: "vi-VN",
    measureSheet: (sheet: string | null) => measureSheet((batch) => Excel.run(batch), sheet, true),
  };
  return { event, reports, deps };
}

describe("the Compute attainment button", () => {
  it("computes the active sheet, reports the result and completes the event", async () => {
    seedSheet(host.workbook, sampleSheet());
    const { event, reports, deps } = harness();
    await runComputeCommand(event, deps);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Báo cáo", "Attainment_Originals", "Phụ lục", "Tổng hợp"]);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ lang: "vi", ok: true, title: "Đã tính tỷ lệ đạt" });
    expect(reports[0]!.lines[0]).toBe(
      "Đã ghi tỷ lệ đạt vào trang tính “Báo cáo” và tạo trang tính “Phụ lục”, “Tổng hợp”.",
    );
    expect(reports[0]!.lines[1]).toMatch(
      /^18 dòng chỉ tiêu, đã đánh giá 17: Vượt 5 · Đạt 12 · Không đạt 0 · Chưa đánh giá 1\.$/,
    );
  });

  it("keeps the typed rates before overwriting them, and its dialog says what it replaced and how to restore", async () => {
    seedSheet(host.workbook, sampleSheet());
    const { event, reports, deps } = harness();
    await runComputeCommand(event, deps);
    const originals = host.workbook.sheet("Attainment_Originals")!;
    expect(originals.visibility).toBe("VeryHidden");
    // The record of E20 keeps the 180 the officer typed; the cell itself now holds our formula.
    expect([...originals.entries()].some(({ col, cell }) => col === 2 && cell.value === 180)).toBe(true);
    expect(host.workbook.sheet("Báo cáo")!.cell(19, 4)?.formula).toMatch(/^=IF\(COUNT\(C20,D20\)/);
    expect(reports[0]!.lines).toEqual(
      expect.arrayContaining([
        "Đã ghi đè 15 ô bạn đã nhập (1 ô khác với kết quả tính); giá trị gốc được giữ trong sổ làm việc.",
        "Để đưa về: Mở bảng điều khiển (Trang đầu › Chỉ tiêu › Mở bảng điều khiển) rồi chọn Hoàn tác.",
      ]),
    );
    // A second click overwrites nothing the officer typed, and still says how to restore.
    await runComputeCommand(event, deps);
    expect(reports[1]!.lines.some((l) => l.startsWith("Đã ghi đè"))).toBe(false);
    expect(reports[1]!.lines).toContain(
      "Để đưa về: Mở bảng điều khiển (Trang đầu › Chỉ tiêu › Mở bảng điều khiển) rồi chọn Hoàn tác.",
    );
  });

  it("uses the settings the task pane saved (sheet and language)", async () => {
    seedSheet(host.workbook, { name: "Bìa", values: [["Báo cáo"]] });
    seedSheet(host.workbook, sampleSheet());
    host.liveSettings.set("attainment.settings", JSON.stringify({ ...DEFAULT_SETTINGS, sheet: "Báo cáo", lang: "en" }));
    const { event, reports, deps } = harness();
    await runComputeCommand(event, deps);
    expect(reports[0]).toMatchObject({ ok: true, title: "Attainment computed" });
    expect(host.workbook.sheet("Appendix")).toBeDefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports a failure in words and still completes the event", async () => {
    seedSheet(host.workbook, { ...sampleSheet(), protected: true });
    const { event, reports, deps } = harness();
    await runComputeCommand(event, deps);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(reports[0]).toEqual({
      lang: "vi",
      ok: false,
      title: "Chưa tính được",
      lines: [
        "Trang tính đang được bảo vệ nên không ghi được kết quả.",
        "Cách xử lý: bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.",
        'Chi tiết: Trang tính "Báo cáo" đang được bảo vệ; chưa có gì được ghi.',
      ],
    });
  });

  it("completes the event even when the port throws and the report cannot be shown", async () => {
    const event = { completed: jest.fn() };
    await runComputeCommand(event, {
      port: { compute: () => Promise.reject(new Error("boom")) },
      loadSettings: () => null,
      showReport: () => Promise.reject(new Error("no dialog")),
    });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports an unexpected exception", async () => {
    const event = { completed: jest.fn() };
    const reports: Report[] = [];
    await runComputeCommand(event, {
      port: { compute: () => Promise.reject(new Error("boom")) },
      loadSettings: () => {
        throw new Error("settings unreadable");
      },
      showReport: async (r) => void reports.push(r),
      displayLanguage: "en-US",
    });
    expect(reports).toEqual([
      {
        lang: "en",
        ok: false,
        title: "Could not compute",
        lines: ["Something unexpected went wrong:", "settings unreadable"],
      },
    ]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["vi-VN", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    [undefined, "vi"],
  ])("picks the language for %p", (display, lang) => {
    expect(languageOf(display)).toBe(lang);
  });
});

/** A sheet whose used range is `rows` × `columns` (only its corner cells hold values). */
function bigSheet(rows: number, columns: number) {
  const values: (string | number | null)[][] = Array.from({ length: rows }, () => []);
  values[0]![columns - 1] = "x";
  values[rows - 1]![0] = 1;
  return { name: "Lớn", values };
}

describe("the button's 5 minutes", () => {
  it("does not compute a sheet too large for the button, and says to use the panel", async () => {
    seedSheet(host.workbook, bigSheet(20_000, 10));
    const { event, reports, deps } = harness();
    const compute = jest.fn(deps.port.compute);
    await runComputeCommand(event, { ...deps, port: { compute } });
    expect(20_000 * 10).toBeGreaterThan(LONG_RUN_CELLS);
    expect(compute).not.toHaveBeenCalled();
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Lớn"]);
    expect(reports).toEqual([
      {
        lang: "vi",
        ok: false,
        title: "Bảng lớn: hãy tính trong bảng điều khiển",
        lines: [
          "Trang “Lớn” có 20.000 dòng × 10 cột đã dùng.",
          "Office dừng một nút lệnh sau 5 phút; tính bảng này từ nút có thể bị dừng giữa lúc đang ghi, nên chưa có gì được ghi.",
          "Mở bảng điều khiển (Trang đầu › Chỉ tiêu › Mở bảng điều khiển) rồi bấm Tính tỷ lệ đạt: ở đó không có giới hạn thời gian và có thanh tiến độ.",
        ],
      },
    ]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("opens the task pane instead where the runtime is shared", async () => {
    seedSheet(host.workbook, bigSheet(20_000, 10));
    const { event, reports, deps } = harness();
    const openTaskpane = jest.fn(async () => undefined);
    await runComputeCommand(event, { ...deps, openTaskpane });
    expect(openTaskpane).toHaveBeenCalledTimes(1);
    expect(reports).toEqual([]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("says to open the panel when the task pane cannot be opened", async () => {
    seedSheet(host.workbook, bigSheet(20_000, 10));
    const { event, reports, deps } = harness();
    await runComputeCommand(event, { ...deps, openTaskpane: () => Promise.reject(new Error("not shared")) });
    expect(reports[0]?.title).toBe("Bảng lớn: hãy tính trong bảng điều khiển");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("computes a table of ordinary size", async () => {
    seedSheet(host.workbook, sampleSheet());
    const { event, reports, deps } = harness();
    await runComputeCommand(event, deps);
    expect(reports[0]).toMatchObject({ ok: true });
  });

  it("gives the dialog the deadline counted from the click, not from when it opens", async () => {
    seedSheet(host.workbook, sampleSheet());
    const { event, deps } = harness();
    let clock = 1_000_000;
    const deadlines: number[] = [];
    const slowCompute: CommandDeps["port"]["compute"] = async (settings, progress) => {
      const result = await deps.port.compute(settings, progress);
      clock += 100_000; // the compute took 100 s
      return result;
    };
    await runComputeCommand(event, {
      ...deps,
      port: { compute: slowCompute },
      clickedAt: 1_000_000,
      now: () => clock,
      showReport: async (_report, deadline) => void deadlines.push(deadline),
    });
    expect(deadlines).toEqual([1_000_000 + COMMAND_BUDGET_MS]);
    expect(COMMAND_BUDGET_MS).toBe(270_000);
  });

  it("shows no dialog once the deadline has passed, and still completes the event", async () => {
    seedSheet(host.workbook, sampleSheet());
    const { event, reports, deps } = harness();
    let clock = 0;
    const compute: CommandDeps["port"]["compute"] = async (settings, progress) => {
      const result = await deps.port.compute(settings, progress);
      clock = COMMAND_BUDGET_MS + 1;
      return result;
    };
    await runComputeCommand(event, { ...deps, port: { compute }, clickedAt: 0, now: () => clock });
    expect(reports).toEqual([]);
    expect(host.workbook.sheet("Phụ lục")).toBeDefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("measures the saved sheet, or the active one, and gives null for a missing sheet", async () => {
    seedSheet(host.workbook, bigSheet(30, 4));
    seedSheet(host.workbook, sampleSheet());
    const run: ExcelRun = (batch) => Excel.run(batch);
    await expect(measureSheet(run, "Lớn", true)).resolves.toEqual({ sheet: "Lớn", rows: 30, columns: 4 });
    await expect(measureSheet(run, "Không có", true)).resolves.toBeNull();
    const active = await measureSheet(run, null, true);
    expect(active?.sheet).toBe(host.workbook.sheets.find((s) => s.id === host.workbook.activeSheetId)?.name);
  });
});
