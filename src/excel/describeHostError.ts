import type { Lang } from "../core";
import type { RollbackReport } from "./rollbackWrite";

/** The host error codes of the port (see src/ui/port.ts). */
export type HostCode = "sheetProtected" | "editMode" | "sheetNameTaken" | "writeFailed" | "unknown";

/** The code and message of an OfficeExtension.Error (or anything thrown). */
export function errorParts(thrown: unknown): { code: string; message: string } {
  if (thrown && typeof thrown === "object") {
    const o = thrown as { code?: unknown; message?: unknown };
    return {
      code: typeof o.code === "string" ? o.code : "",
      message: typeof o.message === "string" ? o.message : String(thrown),
    };
  }
  return { code: "", message: String(thrown) };
}

/**
 * Classifies an Excel error. Codes seen from Office.js: InvalidOperationInCellEditMode (a cell is being edited),
 * ItemAlreadyExists (a sheet or name clash), AccessDenied or InvalidOperation mentioning protection (a protected
 * sheet or workbook structure). Anything else is a write failure while writing, else unknown.
 */
export function classifyHostError(thrown: unknown, writing: boolean): HostCode {
  const { code, message } = errorParts(thrown);
  if (code === "InvalidOperationInCellEditMode") return "editMode";
  if (code === "ItemAlreadyExists") return "sheetNameTaken";
  if (code === "AccessDenied" || (code === "InvalidOperation" && /protect/i.test(message))) return "sheetProtected";
  return writing ? "writeFailed" : "unknown";
}

const list = (names: string[]) => names.map((n) => `"${n}"`).join(", ");

/**
 * The detail sentence of a failed write: Excel's own message, which sheets were removed or restored, and that
 * the source sheet's cells may have been written (cell edits are not rolled back).
 */
export function describeWriteFailure(
  lang: Lang,
  hostMessage: string,
  rollback: RollbackReport,
  sourceSheet: string,
  sourceTouched: boolean,
): string {
  const parts: string[] = [];
  if (lang === "vi") {
    parts.push(`Excel báo: ${hostMessage}`);
    if (rollback.removed.length) parts.push(`Đã xoá các trang vừa tạo trong lần chạy này: ${list(rollback.removed)}.`);
    if (rollback.restored.length) parts.push(`Đã trả lại các trang của lần chạy trước: ${list(rollback.restored)}.`);
    if (rollback.leftBehind.length)
      parts.push(`Không dọn được; có thể còn các trang: ${list(rollback.leftBehind)} — hãy xoá chúng bằng tay.`);
    if (sourceTouched)
      parts.push(
        `Cột tỷ lệ và cột đánh giá trên trang "${sourceSheet}" có thể đã được ghi một phần; hãy kiểm tra, hoặc dùng Hoàn tác (Ctrl+Z) nếu Excel cho phép.`,
      );
  } else {
    parts.push(`Excel said: ${hostMessage}`);
    if (rollback.removed.length) parts.push(`Removed the sheets this run had created: ${list(rollback.removed)}.`);
    if (rollback.restored.length) parts.push(`Restored the sheets of the previous run: ${list(rollback.restored)}.`);
    if (rollback.leftBehind.length)
      parts.push(`Cleanup failed; these sheets may remain: ${list(rollback.leftBehind)} — please delete them by hand.`);
    if (sourceTouched)
      parts.push(
        `The attainment and status columns on sheet "${sourceSheet}" may have been partly written; check them, or use Undo (Ctrl+Z) if Excel offers it.`,
      );
  }
  return parts.join(" ");
}

/** The detail of a protected sheet or workbook found before writing. */
export function describeProtection(lang: Lang, sheet: string | null): string {
  if (sheet === null)
    return lang === "vi"
      ? "Cấu trúc sổ tính đang được bảo vệ nên không thêm được trang mới."
      : "The workbook structure is protected, so new sheets cannot be added.";
  return lang === "vi"
    ? `Trang "${sheet}" đang được bảo vệ; chưa có gì được ghi.`
    : `Sheet "${sheet}" is protected; nothing was written.`;
}
