import { DEFAULT_SETTINGS } from "../core";
import {
  FakeOfficeError,
  installFakeOffice,
  sampleSheet,
  seedSheet,
  uninstallFakeOffice,
  type FakeHost,
} from "../../test/fakes";
import { createExcelPort } from "./createExcelPort";
import { readSavedSettings, SETTINGS_KEY } from "./storeSettings";

let host: FakeHost;
beforeEach(() => {
  host = installFakeOffice(globalThis, { excelApi: "1.13" });
  seedSheet(host.workbook, sampleSheet());
});
afterEach(() => uninstallFakeOffice(globalThis));

describe("createExcelPort", () => {
  it("is an Excel port", () => {
    expect(createExcelPort().kind).toBe("excel");
  });

  it("goes to a cell of the source sheet in one sync", async () => {
    seedSheet(host.workbook, { name: "Khác", values: [["x"]] });
    host.workbook.activeSheetId = host.workbook.sheet("Khác")!.id;
    host.clearLogs();
    expect(await createExcelPort().selectRange("Báo cáo", "C20:E20")).toEqual({ ok: true, value: undefined });
    expect(host.workbook.activeSheet()?.name).toBe("Báo cáo");
    expect(host.workbook.selection?.range).toEqual({ top: 19, left: 2, bottom: 19, right: 4 });
    expect(host.syncs).toHaveLength(1);
  });

  it("accepts an address with its sheet part", async () => {
    await createExcelPort().selectRange("Báo cáo", "'Báo cáo'!E21");
    expect(host.workbook.selection?.range).toEqual({ top: 20, left: 4, bottom: 20, right: 4 });
  });

  it("selects the appendix table after a run, and the appendix's used range in a later session", async () => {
    const port = createExcelPort();
    await port.compute(DEFAULT_SETTINGS, () => undefined);
    host.clearLogs();
    expect((await port.selectAppendix()).ok).toBe(true);
    expect(host.syncs).toHaveLength(2);
    expect(host.workbook.activeSheet()?.name).toBe("Phụ lục");
    // Header row 3 to the last indicator row (the two-line row is one row), six columns.
    expect(host.workbook.selection?.range).toEqual({ top: 2, left: 0, bottom: 27, right: 5 });
    expect((await createExcelPort().selectAppendix()).ok).toBe(true);
    expect(host.workbook.selection?.range).toEqual({ top: 0, left: 0, bottom: 27, right: 5 });
  });

  it("says so when there is no appendix yet", async () => {
    const result = await createExcelPort().selectAppendix();
    expect(result.ok ? null : result.error).toMatchObject({
      kind: "host",
      code: "unknown",
      detail: expect.stringContaining("No appendix sheet yet"),
    });
  });

  it("saves the settings in the document and reads them back", async () => {
    const settings = { ...DEFAULT_SETTINGS, sheet: "Báo cáo", method: "ratio" as const, lang: "en" as const };
    expect(await createExcelPort().saveSettings(settings)).toEqual({ ok: true, value: undefined });
    expect(JSON.parse(String(host.workbook.savedSettings[SETTINGS_KEY]))).toEqual(settings);
    expect(readSavedSettings()).toEqual(settings);
  });

  it("reads damaged or missing settings leniently", () => {
    expect(readSavedSettings()).toBeNull();
    host.liveSettings.set(SETTINGS_KEY, "{not json");
    expect(readSavedSettings()).toEqual(DEFAULT_SETTINGS);
    host.liveSettings.set(SETTINGS_KEY, { decimals: 2, colors: { met: "#abcdef" } });
    expect(readSavedSettings()).toMatchObject({ decimals: 2, colors: { met: "#ABCDEF" } });
  });

  it("names the sheets it could not clean up when the cleanup fails too", async () => {
    // The appendix write fails, and so does the listing the cleanup starts with.
    host.failWhen = (op) =>
      (op.sheet === "Phụ lục" && op.api.startsWith("Range")) ||
      (op.api === "WorksheetCollection.load" && host.workbook.sheets.length > 1)
        ? new FakeOfficeError("GeneralException", "Bad")
        : null;
    const result = await createExcelPort().compute(DEFAULT_SETTINGS, () => undefined);
    expect(result.ok ? null : result.error).toMatchObject({
      code: "writeFailed",
      detail: expect.stringContaining('có thể còn các trang tính: "Phụ lục", "Tổng hợp"'),
    });
  });

  it("turns an unexpected failure into a host error instead of throwing", async () => {
    const result = await createExcelPort({ run: () => Promise.reject(new Error("no Excel here")) }).overview();
    expect(result).toEqual({ ok: false, error: { kind: "host", code: "unknown", detail: "no Excel here" } });
  });
});
