/* Writes samples/bao-cao-thi-dua-2021.xlsx: the appendix table of the 2021 emulation report, typed as an officer
 * would (title row, multi-line headers, a two-line indicator cell, a merged text target, and the reported 180). */
import ExcelJS from "exceljs";
import path from "node:path";

type Row = [
  string | number | null,
  string,
  (string | number | null)?,
  (string | number | null)?,
  (string | number | null)?,
  string?,
];

export const SAMPLE_ROWS: Row[] = [
  ["I", "Về công tác chuyên môn: 03 chỉ tiêu"],
  [
    null,
    "Chỉ tiêu 1: CCVC thực hiện đăng ký thi đua đầu năm và đăng ký thực hiện giải pháp, sáng kiến trong công tác ngay từ đầu năm",
    100,
    100,
    100,
  ],
  [
    null,
    "Chỉ tiêu 2: CCVC, NLĐ chấp hành tốt chủ trương, đường lối của Đảng và chính sách, pháp luật của Nhà nước",
    100,
    100,
    100,
  ],
  [null, "Chỉ tiêu 3: Đánh giá, thi đua, khen thưởng"],
  [1, "Về đánh giá, phân loại"],
  [null, "- CCVC và người lao động đủ tiêu chuẩn đánh giá hoàn thành nhiệm vụ được giao", 100, 100, 100],
  [
    null,
    "- Cá nhân hoàn thành tốt nhiệm vụ.\nTrong đó: có ít nhất 50% cá nhân hoàn thành xuất sắc nhiệm vụ",
    "95\n\n50",
    "100\n80",
    "105\n130",
  ],
  [2, "Về thi đua"],
  [null, "- Tập thể:"],
  [null, "   + Tập thể lao động tiên tiến", 80, 80, 100],
  [null, "   + Tập thể lao động xuất sắc", 30, 30, 100],
  [null, "- Cá nhân:"],
  [null, "   + Lao động tiên tiến", 80, 82, 102],
  [null, "   + Chiến sĩ thi đua cơ sở", 15, 15, 100],
  [null, "   + Chiến sĩ thi đua cấp tỉnh", 10, 10, 100],
  [3, "Về khen thưởng"],
  [null, "+ Tập thể:", "Cờ thi đua Bộ Công Thương, \n\nBằng khen UBND tỉnh."],
  [null, "+ Cá nhân:", 20, 28, 180],
  ["II", "Về công tác công đoàn: 05 chỉ tiêu"],
  [1, "Đoàn viên đủ điều kiện được phân loại.", 100, 100, 100],
  [null, "Trong đó: Đạt loại xuất sắc", 90, 100, 110],
  [2, "Đạt danh hiệu “Giỏi việc nước, đảm việc nhà”", 100, 100, 100],
  [3, "CC,VC không vi phạm Luật giao thông đường bộ", 100, 100, 100],
  [4, "CC,VC trong diện sinh, không sinh con thứ 3", 100, 100, 100],
  [5, "Danh hiệu “Công đoàn cơ sở vững mạnh” năm 2021", "Đạt", "Đạt", "Đạt"],
];

export function buildSample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("KQ Nghị quyết 2021");
  const font = { name: "Times New Roman", size: 13 };
  const thin = { style: "thin" as const };
  ws.columns = [{ width: 7 }, { width: 55 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }];
  ws.getCell("A1").value = "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ CBCC,VC NĂM 2021";
  ws.mergeCells("A1:F1");
  ws.getCell("A1").font = { ...font, bold: true };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.getRow(3).values = [
    "Số\n\nTT",
    "Nội dung chỉ tiêu",
    "Chỉ tiêu\n\nNghị quyết\n\n%",
    "Kết quả\n\nđạt được\n\n%",
    "Tỷ lệ\n\nđạt được\n\n%",
    "Ghi chú",
  ];
  ws.getRow(3).height = 90;
  SAMPLE_ROWS.forEach((values, i) => {
    const row = ws.getRow(4 + i);
    row.values = values.map((v) => (v === undefined ? null : v));
  });
  ws.mergeCells("C20:E20");
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
