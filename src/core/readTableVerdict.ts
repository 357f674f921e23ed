import { foldText } from "./foldText";
import type { SheetAccess } from "./sheetAccess";

/** "… đạt các chỉ tiêu đề ra.", "hoàn thành tất cả các chỉ tiêu", "All targets were met." (folded). */
const ALL_MET =
  /\b(?:dat|hoan thanh|dat va vuot) (?:tat ca |toan bo )?cac chi tieu\b|\ball (?:of )?(?:the |our )?targets (?:were |have been |are )?(?:met|achieved)\b/;
/** A sentence that denies it or names exceptions: "chưa đạt các chỉ tiêu", "trừ …", "except …". */
const EXCEPT = /\b(?:khong|chua|not|tru|ngoai tru|except|but)\b/;

/** A verdict a sentence above the table gives every line, with the line that gives it. */
export interface TableVerdict {
  text: string;
  row: number;
  col: number;
}

/**
 * A sentence just above the header (within three rows, below the previous table) saying every target was met
 * ("Năm 2016, hoạt động công đoàn … đạt các chỉ tiêu đề ra."), or null: a title ("TỶ LỆ HOÀN THÀNH CÁC CHỈ TIÊU")
 * ends with no full stop, and a sentence with a negation or an exception says no such thing.
 * Example: "Năm 2016, đơn vị đạt các chỉ tiêu đề ra." over the header → that verdict.
 */
export function findTableVerdict(sheet: SheetAccess, headerTop: number, floor = 0): TableVerdict | null {
  for (let r = headerTop - 1; r >= Math.max(floor, headerTop - 3); r--) {
    for (let c = 0; c < sheet.colCount; c++) {
      const text = sheet.text(r, c).trim();
      if (!text.endsWith(".") || text.length > 300) continue;
      const folded = foldText(text);
      if (ALL_MET.test(folded) && !EXCEPT.test(folded)) return { text: text.replace(/\s+/g, " "), row: r, col: c };
    }
  }
  return null;
}
