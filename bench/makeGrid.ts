import ExcelJS from "exceljs";
import type { CellValue, SheetGrid, WorkbookGrid } from "../src/core";

const HEADER = ["STT", "Nội dung chỉ tiêu", "Chỉ tiêu (%)", "Kết quả (%)", "Tỷ lệ đạt được (%)", "Ghi chú"];

/** Rows of a synthetic indicator table: ten Roman sections, a numbered group every 50 indicators, mixed statuses, a reported rate. */
export function syntheticRows(indicators: number): CellValue[][] {
  const rows: CellValue[][] = [["BẢNG CHỈ TIÊU THỬ NGHIỆM"], [], HEADER];
  for (let i = 0; i < indicators; i++) {
    const perSection = Math.ceil(indicators / 10);
    if (i % perSection === 0) rows.push([toRoman(i / perSection + 1), `Phần ${i / perSection + 1}`]);
    if (i % 50 === 0) rows.push([String((i % perSection) / 50 + 1), `Nhóm chỉ tiêu ${i / 50 + 1}`]);
    const target = 80 + (i % 20);
    const result = target + ((i % 7) - 3);
    rows.push([
      String((i % 50) + 1),
      `- Chỉ tiêu số ${i + 1}`,
      target,
      result,
      100 + (result - target) + (i % 97 === 0 ? 10 : 0),
      "",
    ]);
  }
  return rows;
}

const toRoman = (n: number): string => ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n - 1]!;

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
