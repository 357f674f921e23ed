import { foldText } from "./foldText";
import type { SheetAccess } from "./sheetAccess";

/** Lines that are never the title: agency lines, the national motto, document numbers, dates, page notes (folded). */
const NOT_TITLE =
  /^(uy ban|ubnd|cong hoa|doc lap|so:|so\s+\d|\(|-+$|don vi tinh|dvt|trang|page|ngay)|\bngay\b.*\bthang\b/;
/** Agency lines as typed ("SỞ Y TẾ", "BỆNH VIỆN …", "PHÒNG KẾ HOẠCH"); "SƠ KẾT …" is not one. */
const AGENCY =
  /^(SỞ|BỘ|TỔNG CỤC|CỤC|CHI CỤC|BỆNH VIỆN|TRƯỜNG|CÔNG TY|ĐẢNG BỘ|CÔNG ĐOÀN|HỘI ĐỒNG|BAN|PHÒNG|ỦY BAN|UỶ BAN|UBND)(\s|$)/u;
const notTitle = (text: string) => NOT_TITLE.test(foldText(text)) || AGENCY.test(text);

/** Words that open a title line. */
const TITLE_WORDS =
  /^(ket qua|bieu|bao cao|phu luc|bang|tong hop|danh muc|tinh hinh|chi tieu|thong ke|performance|report|table|annex|appendix|summary)\b/;

const isUpper = (t: string) => {
  const letters = t.replace(/[^\p{L}]/gu, "");
  return letters.length >= 6 && letters === letters.toUpperCase();
};

/**
 * The table's title: the title line nearest above the header — one opening with "KẾT QUẢ", "BIỂU", "BÁO CÁO",
 * "PHỤ LỤC" …, or written in capitals, or merged across columns — never an agency line ("UBND TỈNH …", "SỞ …") or the
 * national motto. Returns null when there is none.
 * Example: above a header, "UBND TỈNH X" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "BÁO CÁO KẾT QUẢ NĂM 2023" → the last.
 */
export function findTitle(sheet: SheetAccess, headerTop: number, floor = 0): string | null {
  let merged: string | null = null;
  let lone: string | null = null;
  for (let r = headerTop - 1; r >= floor; r--) {
    let filled = 0;
    let first = "";
    for (let c = 0; c < sheet.colCount; c++) {
      const t = sheet.text(r, c);
      if (t) {
        filled++;
        first ||= t;
      }
    }
    if (filled === 1 && first.length >= 12 && typeof sheet.value(r, 0) !== "number" && !notTitle(first))
      lone ??= first.replace(/\s+/g, " ");
    for (let c = 0; c < sheet.colCount; c++) {
      const v = sheet.value(r, c);
      if (typeof v !== "string") continue;
      const text = sheet.text(r, c).replace(/\s+/g, " ");
      const folded = foldText(text);
      if (!text || notTitle(text)) continue;
      if (TITLE_WORDS.test(folded) || isUpper(text)) return text;
      const m = sheet.merge(r, c);
      if (m && m.right > m.left && text.length >= 12) merged ??= text;
    }
  }
  return merged ?? lone;
}

/** A unit line above the table ("Đơn vị tính: tỷ đồng", "ĐVT: %", "Unit: £m"), or null. */
export function findTableUnit(sheet: SheetAccess, headerTop: number, floor = 0): string | null {
  for (let r = headerTop - 1; r >= Math.max(floor, headerTop - 4); r--) {
    for (let c = 0; c < sheet.colCount; c++) {
      const text = sheet.text(r, c);
      const m = /^\(?\s*(đơn vị tính|đơn vị|đvt|unit|units)\s*:\s*([^)]+?)\s*\)?$/iu.exec(text.normalize("NFC"));
      if (m) return m[2]!.trim();
    }
  }
  return null;
}
