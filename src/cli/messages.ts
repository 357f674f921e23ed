import type { Lang } from "../core";

type Texts = {
  notFound: (file: string) => string;
  isDirectory: (file: string) => string;
  unreadable: (file: string) => string;
  oldXls: (file: string) => string;
  encrypted: (file: string) => string;
  damaged: (file: string) => string;
  notAWorkbook: (file: string) => string;
  sameAsInput: (file: string) => string;
  writeFailed: (file: string, reason: string) => string;
  unexpected: (file: string, reason: string) => string;
};

/** The CLI's sentences for bad input, one per problem, saying what is wrong and what was expected. */
export const CLI_TEXTS: Record<Lang, Texts> = {
  vi: {
    notFound: (f) => `Không tìm thấy tệp "${f}": hãy kiểm tra đường dẫn tới tệp .xlsx.`,
    isDirectory: (f) => `"${f}" là một thư mục, không phải tệp .xlsx.`,
    unreadable: (f) => `Không có quyền đọc tệp "${f}".`,
    oldXls: (f) =>
      `"${f}" là tệp .xls cũ hoặc sổ làm việc có mật khẩu: hãy mở bằng Excel và lưu lại dạng Excel Workbook (.xlsx) không đặt mật khẩu.`,
    encrypted: (f) =>
      `"${f}" là sổ làm việc có mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc) rồi lưu lại.`,
    damaged: (f) =>
      `"${f}" là tệp .xlsx bị hỏng (có thể tải về chưa hết): hãy mở bằng Excel để sửa, hoặc lấy lại bản gốc của tệp.`,
    notAWorkbook: (f) => `"${f}" không phải là sổ làm việc Excel (.xlsx): hãy chọn một tệp .xlsx.`,
    sameAsInput: (f) => `--out không được trùng với tệp đầu vào "${f}": tệp đầu vào không bao giờ bị ghi đè.`,
    writeFailed: (f, r) => `Không ghi được tệp kết quả "${f}" (${r}).`,
    unexpected: (f, r) => `Không xử lý được "${f}": ${r}.`,
  },
  en: {
    notFound: (f) => `File "${f}" not found: check the path to the .xlsx file.`,
    isDirectory: (f) => `"${f}" is a folder, not an .xlsx file.`,
    unreadable: (f) => `No permission to read "${f}".`,
    oldXls: (f) =>
      `"${f}" is an old .xls file or a password-protected workbook: open it in Excel and save it as an Excel Workbook (.xlsx) without a password.`,
    encrypted: (f) =>
      `"${f}" is a password-protected workbook: open it in Excel, remove the password (File › Info › Protect Workbook) and save it.`,
    damaged: (f) =>
      `"${f}" is a damaged .xlsx file (perhaps not fully downloaded): open it in Excel to repair it, or get the original file again.`,
    notAWorkbook: (f) => `"${f}" is not an Excel workbook (.xlsx): choose an .xlsx file.`,
    sameAsInput: (f) => `--out may not be the input file "${f}": the input is never overwritten.`,
    writeFailed: (f, r) => `Could not write the output file "${f}" (${r}).`,
    unexpected: (f, r) => `Could not process "${f}": ${r}.`,
  },
};
