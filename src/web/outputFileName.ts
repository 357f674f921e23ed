import { outputName } from "../core";

/**
 * The name of the downloaded workbook: the input's name without its Excel extension, then ".attainment.xlsx".
 * Example: `outputFileName("bao-cao-thi-dua-2021.xlsx") === "bao-cao-thi-dua-2021.attainment.xlsx"`.
 */
export function outputFileName(inputName: string): string {
  return outputName(inputName.normalize("NFC"));
}

/** The media type of an .xlsx workbook, for the download. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Files larger than this are refused before reading: ExcelJS in a browser tab needs several times the size in memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
