/* Writes samples/bao-cao-thi-dua-2021.xlsx: the appendix table of the 2021 emulation report, typed as an officer
 * would (title row, multi-line headers, a two-line indicator cell, a merged text target, and the reported 180). */
import ExcelJS from "exceljs";
import path from "node:path";
import { SAMPLE_HEADER, SAMPLE_MERGED_NOTE_ROW, SAMPLE_ROWS, SAMPLE_TITLE } from "../test/fixtures/sampleTable";

export function buildSample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KQ Nghị quyết 2021");
  const font = { name: "Times New Roman", size: 13 };
  const thin = { style: "thin" as const };
  ws.columns = [{ width: 7 }, { width: 55 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }];
  ws.getCell("A1").value = SAMPLE_TITLE;
  ws.mergeCells("A1:F1");
  ws.getCell("A1").font = { ...font, bold: true };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.getRow(3).values = SAMPLE_HEADER;
  ws.getRow(3).height = 90;
  SAMPLE_ROWS.forEach((values, i) => {
    const row = ws.getRow(4 + i);
    row.values = values.map((v) => (v === undefined ? null : v));
  });
  ws.mergeCells(4 + SAMPLE_MERGED_NOTE_ROW, 3, 4 + SAMPLE_MERGED_NOTE_ROW, 5);
  const last = 3 + SAMPLE_ROWS.length;
  for (let r = 3; r <= last; r++) {
    for (let c = 1; c <= 6; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { ...font, bold: r === 3 || ["I", "II"].includes(String(ws.getCell(r, 1).value)) };
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.alignment = { wrapText: true, vertical: "middle", horizontal: c === 2 ? "left" : "center" };
    }
  }
  // Heights as Excel's autofit leaves them: one 17-point line per 55 characters of label or per line of a cell.
  for (let r = 4; r <= last; r++) {
    const label = String(ws.getCell(r, 2).value ?? "");
    const cellLines = Math.max(...[3, 4, 5].map((c) => String(ws.getCell(r, c).value ?? "").split("\n").length));
    const lines = Math.max(
      cellLines,
      label.split("\n").reduce((n, l) => n + Math.ceil(Math.max(1, l.length) / 55), 0),
    );
    ws.getRow(r).height = lines * 17 + 2;
  }
  ws.getCell(`B${last + 2}`).value = "Người lập biểu";
  ws.getCell(`E${last + 2}`).value = "TM. BAN CHẤP HÀNH CÔNG ĐOÀN";
  return wb;
}

if (require.main === module) {
  const out = path.join(__dirname, "..", "samples", "bao-cao-thi-dua-2021.xlsx");
  buildSample()
    .xlsx.writeFile(out)
    .then(() => process.stdout.write(`${path.relative(process.cwd(), out)}\n`));
}
