import type { Lang } from "../core";

/** Strings of the standalone page in Vietnamese; `{name}` marks a parameter. The panel's own strings live in src/ui. */
const vi = {
  outsideExcelTitle: "Đang chạy ngoài Excel",
  outsideExcel:
    "Chọn hoặc kéo thả một tệp Excel (.xlsx) có bảng chỉ tiêu. Tệp được xử lý ngay trên máy này, không tải lên đâu cả; kết quả là một tệp mới để tải về.",
  dropZone: "Chọn tệp Excel",
  dropHere: "Kéo thả tệp .xlsx vào đây, hoặc",
  dropActive: "Thả tệp vào đây",
  chooseFile: "Chọn tệp…",
  chooseAnother: "Chọn tệp khác…",
  trySample: "Thử với tệp mẫu",
  loadingSample: "Đang tải tệp mẫu…",
  currentFile: "Tệp đang mở: {name}",
  dropNothing: "Không thấy tệp nào trong những gì vừa thả; hãy thả một tệp .xlsx.",
  sampleFailed: "Không tải được tệp mẫu ({detail}). Hãy tải lại trang rồi thử lại.",
  download: "Tải về",
  downloadHint: "Tệp {name}: trang nguồn đã có tỷ lệ đạt, đánh giá và màu, kèm Phụ lục và Tổng hợp.",
};

/** The same strings in English; the compiler checks that no key is missing. */
const en: Record<keyof typeof vi, string> = {
  outsideExcelTitle: "Running outside Excel",
  outsideExcel:
    "Choose or drop an Excel file (.xlsx) holding an indicator table. The file is processed on this computer and never uploaded; the result is a new file to download.",
  dropZone: "Choose an Excel file",
  dropHere: "Drop an .xlsx file here, or",
  dropActive: "Drop the file here",
  chooseFile: "Choose a file…",
  chooseAnother: "Choose another file…",
  trySample: "Try the sample",
  loadingSample: "Loading the sample file…",
  currentFile: "Open file: {name}",
  dropNothing: "What was dropped holds no file; drop an .xlsx file.",
  sampleFailed: "The sample file could not be loaded ({detail}). Reload the page and try again.",
  download: "Download",
  downloadHint: "File {name}: the source sheet with attainment, status and colours, plus the appendix and the summary.",
};

/** The name of a string of the standalone page. */
export type WebKey = keyof typeof vi;

/** Every string of the page by language (for tests that check them all). */
export const WEB_STRINGS: Record<Lang, Record<WebKey, string>> = { vi, en };

/**
 * A string of the standalone page with `{name}` parameters filled in.
 * Example: `tw("en", "currentFile", { name: "a.xlsx" }) === "Open file: a.xlsx"`.
 */
export function tw(lang: Lang, key: WebKey, params: Record<string, string | number> = {}): string {
  return WEB_STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
