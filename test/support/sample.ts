import fs from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx";

export const SAMPLE_PATH = path.join(__dirname, "..", "..", "samples", "bao-cao-thi-dua-2021.xlsx");
export const SAMPLE_SHEET = "KQ Nghị quyết 2021";

/** A fresh copy of the sample workbook, as an officer typed it. */
export const loadSample = (): Promise<ExcelJS.Workbook> => loadWorkbook(fs.readFileSync(SAMPLE_PATH));
