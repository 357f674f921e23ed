import fs from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import type { WorkbookGrid } from "../../src/core";
import { zlibCodec } from "../../src/cli/zlibCodec";
import { crc32, readWorkbook } from "../../src/xlsx";
import { loadWorkbook } from "./exceljsGrid";

export const SAMPLE_PATH = path.join(__dirname, "..", "..", "samples", "bao-cao-thi-dua-2021.xlsx");
export const SAMPLE_SHEET = "KQ Nghị quyết 2021";
/** The sample's header row as the officer typed it, line breaks kept: what the appendix's header must read. */
export const SAMPLE_HEADER = [
  "Số\nTT",
  "Nội dung chỉ tiêu",
  "Chỉ tiêu\nNghị quyết\n%",
  "Kết quả\nđạt được\n%",
  "Tỷ lệ\nđạt được\n%",
  "Ghi chú",
];

/** The codec the CLI uses (Node's zlib), for tests that read and write files. */
export const nodeCodec = zlibCodec(crc32);

/** A fresh copy of the sample workbook, as an officer typed it, loaded by ExcelJS (an independent reader). */
export const loadSample = (): Promise<ExcelJS.Workbook> => loadWorkbook(fs.readFileSync(SAMPLE_PATH));

/** The grid of a workbook file as the file adapter reads it; throws on a file it refuses. */
export function readGrid(bytes: Uint8Array): WorkbookGrid {
  const r = readWorkbook(bytes, nodeCodec);
  if (!r.ok) throw new Error(`not readable: ${r.error}`);
  return r.value.grid;
}
