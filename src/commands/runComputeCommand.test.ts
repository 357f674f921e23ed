import { DEFAULT_SETTINGS } from "../core";
import type { Report } from "../dialog/report";
import { installFakeOffice, sampleSheet, seedSheet, uninstallFakeOffice, type FakeHost } from "../../test/fakes";
import { createExcelPort, readSavedSettings } from "../excel";
import { languageOf, runComputeCommand } from "./runComputeCommand";

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
  };
  return { event, reports, deps };
}

describe("the Compute attainment button", () => {
  it("computes the active sheet, reports the result and completes the event", async () => {
    seedSheet(host.workbook, sampleSheet());
    const { event, reports, deps } = harness();
    await runComputeCommand(event, deps);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(["Báo cáo", "Phụ lục", "Tổng hợp"]);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ lang: "vi", ok: true, title: "Đã tính tỷ lệ đạt" });
    expect(reports[0]!.lines[0]).toBe("Đã ghi tỷ lệ đạt vào trang “Báo cáo” và tạo trang “Phụ lục”, “Tổng hợp”.");
    expect(reports[0]!.lines[1]).toMatch(
      /^18 chỉ tiêu, đã đánh giá 17: Vượt 5 · Đạt 12 · Không đạt 0 · Chưa đánh giá 1\.$/,
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
