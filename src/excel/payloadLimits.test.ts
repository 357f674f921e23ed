/**
 * Excel on the web refuses a request or a response above 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded; learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The fake host counts the UTF-8 bytes of each request's and response's JSON and raises those errors.
 */
import { DEFAULT_SETTINGS } from "../core";
import {
  generatedSheet,
  installFakeOffice,
  longLabel,
  notesSheet,
  sampleSheet,
  seedSheet,
  uninstallFakeOffice,
  type FakeHost,
} from "../../test/fakes";
import { createExcelPort } from "./createExcelPort";

const FIVE_MB = 5 * 1024 * 1024;
let host: FakeHost;
beforeEach(() => {
  host = installFakeOffice(globalThis, { excelApi: "1.13" });
});
afterEach(() => uninstallFakeOffice(globalThis));

const largest = () => Math.max(...host.syncs.flatMap((s) => [s.requestBytes, s.responseBytes]));

describe("payload limits of Excel on the web", () => {
  it("opens the pane on a workbook with a 25,000-row sheet of notes, reading only its first rows", async () => {
    seedSheet(host.workbook, sampleSheet());
    seedSheet(host.workbook, notesSheet(25_000));
    host.clearLogs();
    const overview = await createExcelPort().overview();
    if (!overview.ok) throw new Error(JSON.stringify(overview.error));
    expect(overview.value.sheets.map((s) => [s.name, s.table !== null])).toEqual([
      ["Báo cáo", true],
      ["Nhật ký", false],
    ]);
    expect(largest()).toBeLessThan(256 * 1024);
    expect(host.syncs).toHaveLength(3);
  }, 60_000);

  it("computes a 20,000-row table with labels of 200 characters and more, every payload under 5 MB", async () => {
    seedSheet(host.workbook, generatedSheet(20_000, "Chỉ tiêu", longLabel));
    host.clearLogs();
    const result = await createExcelPort().compute(DEFAULT_SETTINGS, () => undefined);
    expect(result.ok ? result.value.analysis.indicators.length : result.error).toBe(20_000);
    expect(largest()).toBeLessThanOrEqual(FIVE_MB);
    expect(largest()).toBeGreaterThan(2 * 1024 * 1024); // batches are filled, not cut small
  }, 120_000);

  it("halves a batch and tries again when Excel refuses its size", async () => {
    seedSheet(host.workbook, generatedSheet(5_000, "Chỉ tiêu", longLabel));
    // A host stricter than our estimates: every batch sized for 5 MB is refused at first.
    host.payloadLimit = 700 * 1024;
    host.clearLogs();
    const result = await createExcelPort().compute(DEFAULT_SETTINGS, () => undefined);
    expect(result.ok ? result.value.analysis.indicators.length : result.error).toBe(5_000);
    const refused = host.syncs.filter((s) => s.requestBytes > host.payloadLimit || s.responseBytes > host.payloadLimit);
    expect(refused.length).toBeGreaterThan(0);
    const appendix = [...host.workbook.sheet("Phụ lục")!.entries()].map(({ cell }) => cell.value);
    expect(appendix).toContain(longLabel(5_000));
    expect(host.failures).toEqual([]);
  }, 120_000);
});
