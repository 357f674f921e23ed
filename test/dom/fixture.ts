import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core";

/**
 * A small indicator table in the shape officers keep (title, header, two sections), run through the real
 * engine by the fake port. Row 8 reports 180 where the points method gives 108; row 13 has a blank result.
 */
const rows: CellValue[][] = [
  ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2021"],
  [],
  ["STT", "Nội dung chỉ tiêu", "Chỉ tiêu Nghị quyết", "Kết quả thực hiện", "Tỷ lệ đạt được (%)", "Ghi chú"],
  ["I", "Về chuyên môn"],
  [1, "Cá nhân hoàn thành tốt nhiệm vụ (%)", 95, 100, 105, null],
  [2, "Cá nhân hoàn thành xuất sắc nhiệm vụ (%)", 20, 50, 130, null],
  [3, "Lao động tiên tiến (%)", 90, 92, 102, null],
  [4, "Bằng khen UBND tỉnh", 10, 18, 180, null],
  [5, "Chiến sĩ thi đua cơ sở", 3, 2, 99, null],
  ["II", "Về công tác công đoàn"],
  [1, "Công đoàn cơ sở vững mạnh", "Đạt", "Đạt xuất sắc", null, null],
  [2, "Đoàn viên tham gia hoạt động (%)", 100, 100, 100, null],
  [3, "Giải pháp sáng kiến", 66, null, null, "Chưa tổng hợp"],
];

export const SOURCE_SHEET = "Báo cáo 2021";

export function sourceSheet(): SheetGrid {
  return { name: SOURCE_SHEET, values: rows.map((r) => [...r]), merges: [] };
}

/** A second sheet without a table, listed after the one with a table. */
export function notesSheet(): SheetGrid {
  return { name: "Ghi chép", values: [["Ghi chú chung của phòng"]], merges: [] };
}

export function workbook(): WorkbookGrid {
  return { sheets: [sourceSheet(), notesSheet()] };
}
