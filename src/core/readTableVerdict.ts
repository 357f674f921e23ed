import { foldText } from "./foldText";
import type { SheetAccess } from "./sheetAccess";

/** "… đạt các chỉ tiêu đề ra.", "hoàn thành tất cả các chỉ tiêu", "All targets were met." (folded). */
const ALL_MET =
  /\b(?:dat|hoan thanh|dat va vuot) (?:tat ca |toan bo )?cac chi tieu\b|\ball (?:of )?(?:the |our )?targets (?:were |have been |are )?(?:met|achieved)\b/;
/** A sentence that denies it or names exceptions: "chưa đạt các chỉ tiêu", "trừ …", "except …". */
const EXCEPT = /\b(?:khong|chua|not|tru|ngoai tru|except|but)\b/;
/**
 * A sentence that hedges it, met on the whole but not every line: "cơ bản hoàn thành các chỉ tiêu", "hầu hết",
 * "phần lớn", "đa số", "most of the targets", "largely met" (folded).
 */
const HEDGED =
  /\b(?:co ban|hau het|phan lon|da so|gan nhu|most|mostly|largely|broadly|substantially|nearly all|almost all)\b/;

/**
 * A sentence closing a table saying its targets were met or passed, whoever met them: "Cục … và 7 Chi cục … đều
 * đạt và vượt chỉ tiêu được giao.", "Các chỉ tiêu đều hoàn thành vượt mức kế hoạch.", "đạt các chỉ tiêu đề ra" (folded).
 */
const MET_CLOSING =
  /\b(?:dat va vuot|hoan thanh va vuot|hoan thanh vuot|vuot|dat|hoan thanh)(?: muc)? (?:tat ca |toan bo )?(?:cac )?(?:chi tieu|ke hoach|muc tieu)\b|\bchi tieu (?:\S+ ){0,3}deu (?:dat|vuot|hoan thanh)\b/;

/** A verdict a sentence above the table gives every line, with the line that gives it. */
export interface TableVerdict {
  text: string;
  row: number;
  col: number;
}

/**
 * A sentence just above the header (within three rows, below the previous table) saying every target was met
 * ("Năm 2016, hoạt động công đoàn … đạt các chỉ tiêu đề ra."), or null: a title ("TỶ LỆ HOÀN THÀNH CÁC CHỈ TIÊU")
 * ends with no full stop, a sentence with a negation or an exception says no such thing, and one that hedges ("cơ
 * bản hoàn thành các chỉ tiêu kế hoạch chủ yếu", basically met) does not say which lines were met.
 * Example: "Năm 2016, đơn vị đạt các chỉ tiêu đề ra." over the header → that verdict.
 */
export function findTableVerdict(sheet: SheetAccess, headerTop: number, floor = 0): TableVerdict | null {
  for (let r = headerTop - 1; r >= Math.max(floor, headerTop - 3); r--) {
    for (let c = 0; c < sheet.colCount; c++) {
      const text = sheet.text(r, c).trim();
      if (!text.endsWith(".") || text.length > 300) continue;
      const folded = foldText(text);
      if (ALL_MET.test(folded) && !EXCEPT.test(folded) && !HEDGED.test(folded))
        return { text: text.replace(/\s+/g, " "), row: r, col: c };
    }
  }
  return null;
}

/**
 * A sentence just below a table's last line (within three rows, above the next table's header) saying its targets
 * were met or passed ("Cục Thi hành án dân sự tỉnh và 7 Chi cục … đều đạt và vượt chỉ tiêu được giao."), or null:
 * it must end with a full stop, and a sentence with a negation or an exception says no such thing. It says the
 * targets were reached without saying which lines, so it judges only what the lines' own notes leave open (a gap
 * "vượt 5,41%" with no target printed, `readNotedExcess`).
 * Example: "Các đơn vị đều đạt và vượt chỉ tiêu được giao." two rows below the last line → that verdict.
 */
export function findClosingVerdict(sheet: SheetAccess, lastRow: number, ceiling: number): TableVerdict | null {
  for (let r = lastRow + 1; r <= Math.min(lastRow + 3, ceiling - 1, sheet.rowCount - 1); r++) {
    for (let c = 0; c < sheet.colCount; c++) {
      const text = sheet.text(r, c).trim();
      if (!text.endsWith(".") || text.length > 300) continue;
      const folded = foldText(text);
      if ((MET_CLOSING.test(folded) || ALL_MET.test(folded)) && !EXCEPT.test(folded))
        return { text: text.replace(/\s+/g, " "), row: r, col: c };
    }
  }
  return null;
}
