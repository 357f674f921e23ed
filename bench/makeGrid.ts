import ExcelJS from "exceljs";
import type { CellValue, SheetGrid, WorkbookGrid } from "../src/core";

const HEADER = ["STT", "Nội dung chỉ tiêu", "Chỉ tiêu (%)", "Kết quả (%)", "Tỷ lệ đạt được (%)", "Ghi chú"];

/** Rows of a synthetic indicator table: a Roman section every 50 indicators, mixed statuses, a reported rate. */
export function syntheticRows(indicators: number): CellValue[][] {
  const rows: CellValue[][] = [["BẢNG CHỈ TIÊU THỬ NGHIỆM"], [], HEADER];
  for (let i = 0; i < indicators; i++) {
    if (i % 50 === 0) rows.push([toRoman(i / 50 + 1), `Phần ${i / 50 + 1}`]);
    const target = 80 + (i % 20);
    const result = target + ((i % 7) - 3);
    rows.push([
      String((i % 50) + 1),
      `Chỉ tiêu số ${i + 1}`,
      target,
      result,
      100 + (result - target) + (i % 97 === 0 ? 10 : 0),
      "",
    ]);
  }
  return rows;
}

function toRoman(n: number): string {
  // Sections beyond XXXIX repeat; the engine only needs them to look like section rows.
  const k = ((n - 1) % 39) + 1;
  const tens = "X".repeat(Math.floor(k / 10));
  const ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][k % 10]!;
  return tens + ones;
}

export const syntheticGrid = (indicators: number): WorkbookGrid => {
  const sheet: SheetGrid = { name: "Chỉ tiêu", values: syntheticRows(indicators), merges: [] };
  return { sheets: [sheet] };
};

/** The same table as an .xlsx file. */
export async function syntheticWorkbook(indicators: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ tiêu");
  for (const row of syntheticRows(indicators)) ws.addRow(row);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
