import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core";
import type { Progress } from "../../src/port";
import { createFilePort, type FileLike } from "../../src/web/createFilePort";
import { inProcessWorker } from "./webInProcessWorker";

const SAMPLE = readFileSync("samples/bao-cao-thi-dua-2021.xlsx");
const SHEET = "KQ Nghị quyết 2021";

function fileOf(name: string, bytes: Uint8Array | string): FileLike {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.byteLength, arrayBuffer: async () => data.slice().buffer as ArrayBuffer };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

function open(file: FileLike, maxBytes?: number) {
  const worker = inProcessWorker();
  const storage = memoryStorage();
  const spawn = jest.fn(() => worker);
  const port = createFilePort(file, { spawn, storage, ...(maxBytes ? { maxBytes } : {}) });
  return { port, worker, storage, spawn };
}

async function emptyWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Danh sách").addRow(["Họ và tên", "Đơn vị"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("createFilePort", () => {
  it("opens the sample once and starts on its indicator sheet", async () => {
    const { port, worker } = open(fileOf("bao-cao-thi-dua-2021.xlsx", SAMPLE));
    const overview = await port.overview();
    expect(overview).toEqual({ ok: true, value: expect.objectContaining({ activeSheet: SHEET, settings: null }) });
    expect(overview.ok && overview.value.sheets.map((s) => [s.name, s.table?.firstRow])).toEqual([[SHEET, 3]]);
    const preview = await port.preview(DEFAULT_SETTINGS);
    expect(preview.ok && preview.value.summary.total).toBe(18);
    expect(worker.sent).toEqual(["open", "preview"]);
    expect(port.kind).toBe("file");
  });

  it("computes with progress and offers <name>.attainment.xlsx holding the results", async () => {
    const { port } = open(fileOf("bao-cao-thi-dua-2021.xlsx", SAMPLE));
    const progress: Progress[] = [];
    expect(port.output()).toBeNull();
    const r = await port.compute(DEFAULT_SETTINGS, (p) => progress.push(p));
    expect(r.ok && r.value.analysis.summary).toMatchObject({ exceeded: 5, met: 12, notMet: 0, notEvaluated: 1 });
    expect(r.ok && [r.value.appendixSheet, r.value.summarySheet, r.value.notices]).toEqual(["Phụ lục", "Tổng hợp", []]);
    // The file was read when it was opened; computing does not read it again.
    expect(progress.map((p) => p.stage)).toEqual(["reading", "computing", "writing", "done"]);
    expect(progress.map((p) => p.fraction)).toEqual([...progress.map((p) => p.fraction)].sort((a, b) => a - b));

    const output = port.output();
    expect(output?.name).toBe("bao-cao-thi-dua-2021.attainment.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(output!.bytes as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet(SHEET)?.getCell("E21").result).toBe(108);
    expect(workbook.getWorksheet(SHEET)?.getCell("G21").text).toBe("Vượt");
  });

  it("keeps the typed rates in its output, so the page run on its own output still audits 180", async () => {
    const first = open(fileOf("bao-cao-thi-dua-2021.xlsx", SAMPLE)).port;
    expect((await first.compute(DEFAULT_SETTINGS, () => undefined)).ok).toBe(true);
    const output = first.output()!;
    const again = open(fileOf(output.name, output.bytes)).port;
    const r = await again.compute(DEFAULT_SETTINGS, () => undefined);
    const row21 = r.ok ? r.value.analysis.indicators.find((i) => i.row === 20) : undefined;
    expect(row21).toMatchObject({ reported: 180, attainment: 108, discrepancy: true });
    expect(r.ok && r.value.analysis.originals).toMatchObject({ typed: 0, kept: expect.any(Number) });
  });

  it("refuses a file over the limit without reading it or starting the worker", async () => {
    const file = { ...fileOf("lon.xlsx", SAMPLE), arrayBuffer: jest.fn() };
    const { port, spawn } = open(file, 1000);
    const r = await port.overview();
    expect(r).toEqual({
      ok: false,
      error: { kind: "host", code: "fileTooBig", detail: expect.stringContaining("MB") },
    });
    expect(file.arrayBuffer).not.toHaveBeenCalled();
    expect(spawn).not.toHaveBeenCalled();
  });

  it.each([
    ["a text file renamed .xlsx", "Đây là văn bản."],
    ["an old binary .xls file", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ["a broken zip", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])],
  ])("calls %s not a workbook, and reads it afresh on “Try again”", async (_, bytes) => {
    const { port, worker } = open(fileOf("x.xlsx", bytes));
    expect(await port.overview()).toEqual({ ok: false, error: { kind: "host", code: "notAWorkbook" } });
    expect(await port.overview()).toEqual({ ok: false, error: { kind: "host", code: "notAWorkbook" } });
    expect(worker.sent).toEqual(["open", "open"]);
  });

  it("lists a workbook without a table, and the preview says there is none", async () => {
    const { port } = open(fileOf("khong-co-bang.xlsx", await emptyWorkbook()));
    const overview = await port.overview();
    expect(overview.ok && overview.value.sheets).toEqual([{ name: "Danh sách", table: null }]);
    const preview = await port.preview(DEFAULT_SETTINGS);
    expect(preview).toEqual({
      ok: false,
      error: { kind: "engine", error: { code: "noTable", params: { sheet: "Danh sách" } } },
    });
  });

  it("remembers the options in the browser: all of them for the same file, all but sheet and columns for another", async () => {
    const { port, storage } = open(fileOf("a.xlsx", SAMPLE));
    const chosen: Settings = { ...DEFAULT_SETTINGS, sheet: SHEET, mapping: { notes: 5 }, method: "ratio", decimals: 1 };
    expect(await port.saveSettings(chosen)).toEqual({ ok: true, value: undefined });

    const same = createFilePort(fileOf("a.xlsx", SAMPLE), { spawn: () => inProcessWorker(), storage });
    const sameOverview = await same.overview();
    expect(sameOverview.ok && sameOverview.value.settings).toEqual(chosen);

    const other = createFilePort(fileOf("b.xlsx", SAMPLE), { spawn: () => inProcessWorker(), storage });
    const otherOverview = await other.overview();
    expect(otherOverview.ok && otherOverview.value.settings).toEqual({ ...chosen, sheet: null, mapping: {} });
  });

  it("keeps working when the browser refuses storage", async () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const port = createFilePort(fileOf("a.xlsx", SAMPLE), { spawn: () => inProcessWorker(), storage: refusing });
    expect(await port.saveSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: undefined });
    const overview = await port.overview();
    expect(overview.ok && overview.value.settings).toBeNull();
  });

  it("ends a request with an unexpected error when the worker fails, and starts a new worker next time", async () => {
    const first = inProcessWorker();
    const spawn = jest
      .fn()
      .mockReturnValueOnce(first)
      .mockImplementation(() => inProcessWorker());
    const port = createFilePort(fileOf("a.xlsx", SAMPLE), { spawn, storage: null });
    const pending = port.overview();
    first.crash("Out of memory");
    expect(await pending).toEqual({ ok: false, error: { kind: "host", code: "unknown", detail: "Out of memory" } });
    expect(first.terminated).toBe(true);
    const again = await port.preview(DEFAULT_SETTINGS);
    expect(again.ok && again.value.summary.total).toBe(18);
    expect(spawn).toHaveBeenCalledTimes(2);
  });

  it("stops its worker when closed, and has nothing to select", async () => {
    const { port, worker } = open(fileOf("a.xlsx", SAMPLE));
    await port.overview();
    expect(await port.selectRange(SHEET, "E21")).toEqual({ ok: true, value: undefined });
    expect(await port.selectAppendix()).toEqual({ ok: true, value: undefined });
    port.close();
    expect(worker.terminated).toBe(true);
  });
});
