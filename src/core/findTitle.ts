import { foldText } from "./foldText";
import type { SheetAccess } from "./sheetAccess";

/** Lines that are never the title: agency lines, the national motto, document numbers, dates, page notes (folded). */
const NOT_TITLE =
  /^(uy ban|ubnd|cong hoa|doc lap|so:|so\s+\d|\(|-+$|don vi tinh|dvt|trang|page|ngay|published|updated|last updated|applies to)\b|\bngay\b.*\bthang\b/;
/** Agency lines as typed ("SỞ Y TẾ", "BỆNH VIỆN …", "PHÒNG KẾ HOẠCH", "TỈNH BÀ RỊA - VŨNG TÀU"); "SƠ KẾT …" is not one. */
const AGENCY =
  /^(SỞ|BỘ|TỔNG CỤC|CỤC|CHI CỤC|BỆNH VIỆN|TRƯỜNG|CÔNG TY|TỔNG CÔNG TY|TẬP ĐOÀN|ĐẢNG BỘ|CÔNG ĐOÀN|LIÊN ĐOÀN LAO ĐỘNG|HỘI ĐỒNG|BAN|PHÒNG|ỦY BAN|UỶ BAN|UBND|TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|PHƯỜNG)(\s|$)/u;
const notTitle = (text: string) => NOT_TITLE.test(foldText(text)) || AGENCY.test(text);

/** Words that open a title line. */
const TITLE_WORDS =
  /^(ket qua|bieu|bao cao|phu luc|bang|tong hop|danh muc|tinh hinh|chi tieu|thong ke|performance|report|table|annex|appendix|summary)\b/;
/** A document's label alone ("Appendix B", "PHỤ LỤC 02", "Biểu số 3", "Annex 1"): the title is the line under it. */
const LABEL_ONLY = /^(appendix|annex|phu luc|bieu|bang|table)(\s+so)?\s*[\w.-]{1,6}$/;
/** A field and its value ("Period: Jul-19 - Jun-20", "TIME: 3:35:44PM", "Status: above target / below target"). */
const FIELD = /^[^:\d]{1,25}:\s*\S/;
/** A sentence ("The key performance indicators are as follows:", "We monitor … call volumes."), not a heading. */
const isSentence = (text: string) => {
  const words = text.split(" ").length;
  return words >= 15 || (words >= 5 && /[.:]$/.test(text)) || /\?$/.test(text);
};
/** A numbered line ("1.1 A nation resilient …", "II. KINH TẾ") heads a part of the document rather than the table. */
const NUMBERED = /^([IVXLC]+|\d+(\.\d+)*|[A-Z])[.)]?\s+\S/u;

const isUpper = (t: string) => {
  const letters = t.replace(/[^\p{L}]/gu, "");
  return letters.length >= 6 && letters === letters.toUpperCase();
};

/**
 * The table's title: the title line nearest above the header — one opening with "KẾT QUẢ", "BIỂU", "BÁO CÁO",
 * "PHỤ LỤC" …, or written in capitals, or merged across columns, else the nearest line of one text that reads as a
 * heading (else a numbered one, else a sentence) — never an agency line ("UBND TỈNH …", "SỞ …"), the national motto, a field line
 * ("Period: …"), or a legend (a row of three texts or more). A label alone ("Appendix B") gives way to the line under
 * it. Returns null when there is none.
 * Example: above a header, "UBND TỈNH X" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "BÁO CÁO KẾT QUẢ NĂM 2023" → the last.
 */
export function findTitle(sheet: SheetAccess, headerTop: number, floor = 0): string | null {
  let merged: string | null = null;
  let lone: string | null = null;
  let numbered: string | null = null;
  let sentence: string | null = null;
  // The heading-like line of one text just under the row being read, for a label alone above it.
  let under: string | null = null;
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
    if (filled === 0) continue;
    const line = first.replace(/\s+/g, " ");
    const field = FIELD.test(line) && !TITLE_WORDS.test(foldText(line));
    // A heading opens with a capital or a figure: "green which means …" continues a list.
    const heading =
      filled === 1 && !field && typeof sheet.value(r, 0) !== "number" && !notTitle(first) && !/^\p{Ll}/u.test(line);
    if (heading && line.length >= 12) {
      if (isSentence(line)) sentence ??= line;
      else if (NUMBERED.test(line)) numbered ??= line;
      else lone ??= line;
    }
    // A legend ("Direction | Performance has improved | … ") is not a title line.
    if (filled < 3)
      for (let c = 0; c < sheet.colCount; c++) {
        const v = sheet.value(r, c);
        if (typeof v !== "string") continue;
        const text = sheet.text(r, c).replace(/\s+/g, " ");
        const folded = foldText(text);
        if (!text || notTitle(text) || (FIELD.test(text) && !TITLE_WORDS.test(folded))) continue;
        if (TITLE_WORDS.test(folded) || isUpper(text)) return LABEL_ONLY.test(folded) ? (under ?? text) : text;
        const m = sheet.merge(r, c);
        if (m && m.right > m.left && text.length >= 12) merged ??= text;
      }
    under = heading && !isSentence(line) ? line : null;
  }
  return merged ?? lone ?? numbered ?? sentence;
}

/** A unit line ("Đơn vị tính: tỷ đồng", "ĐVT: %", "(Unit: £m)"), its unit in the second group. */
export const UNIT_LINE = /^\(?\s*(đơn vị tính|đơn vị|đvt|unit|units)\s*:\s*([^)]+?)\s*\)?$/iu;

/** A unit line above the table ("Đơn vị tính: tỷ đồng", "ĐVT: %", "Unit: £m"), or null. */
export function findTableUnit(sheet: SheetAccess, headerTop: number, floor = 0): string | null {
  for (let r = headerTop - 1; r >= Math.max(floor, headerTop - 4); r--) {
    for (let c = 0; c < sheet.colCount; c++) {
      const text = sheet.text(r, c);
      const m = UNIT_LINE.exec(text.normalize("NFC"));
      if (m) return m[2]!.trim();
    }
  }
  return null;
}
