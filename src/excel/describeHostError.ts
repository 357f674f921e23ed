import type { Lang } from "../core";
import type { RollbackReport } from "./rollbackWrite";

/** The host error codes of the port (see src/port). */
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
 * ItemAlreadyExists (a sheet or name clash), AccessDenied or InvalidOperation whose message mentions protection
 * (a protected sheet or workbook structure). AccessDenied has other causes too (a read-only or shared workbook,
 * permissions, a policy), so without that word it is a write failure whose detail quotes Excel. Anything else is
 * a write failure while writing, else unknown.
 */
export function classifyHostError(thrown: unknown, writing: boolean): HostCode {
  const { code, message } = errorParts(thrown);
  if (code === "InvalidOperationInCellEditMode") return "editMode";
  if (code === "ItemAlreadyExists") return "sheetNameTaken";
  if ((code === "AccessDenied" || code === "InvalidOperation") && /protect/i.test(message)) return "sheetProtected";
  return writing ? "writeFailed" : "unknown";
}

const list = (names: string[]) => names.map((n) => `"${n}"`).join(", ");

/**
 * The detail sentence of a failed write: Excel's own message, which added sheets were removed, which generated
 * sheets the next run refills, and that the source sheet's cells may have been written (cell edits are not
 * rolled back).
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
    if (rollback.removed.length) parts.push(`Đã xoá các trang tính lần chạy này vừa thêm: ${list(rollback.removed)}.`);
    if (rollback.rewritten.length)
      parts.push(
        `Các trang tính ${list(rollback.rewritten)} đã được xoá trắng để ghi lại; lần chạy sau sẽ ghi lại đầy đủ (các công thức trỏ tới chúng vẫn giữ nguyên).`,
      );
    if (rollback.leftBehind.length)
      parts.push(`Không dọn được; có thể còn các trang tính: ${list(rollback.leftBehind)} — hãy xoá chúng bằng tay.`);
    if (sourceTouched)
      parts.push(
        `Cột tỷ lệ và cột đánh giá trên trang tính "${sourceSheet}" có thể đã được ghi một phần; các ô gốc đã được giữ trước khi ghi: tính lại, hoặc chọn Hoàn tác trong bảng điều khiển để đưa chúng về.`,
      );
  } else {
    parts.push(`Excel said: ${hostMessage}`);
    if (rollback.removed.length) parts.push(`Removed the sheets this run had added: ${list(rollback.removed)}.`);
    if (rollback.rewritten.length)
      parts.push(
        `The sheets ${list(rollback.rewritten)} were emptied to be rewritten; the next run fills them again (formulas that refer to them are kept).`,
      );
    if (rollback.leftBehind.length)
      parts.push(`Cleanup failed; these sheets may remain: ${list(rollback.leftBehind)} — please delete them by hand.`);
    if (sourceTouched)
      parts.push(
        `The attainment and status columns on sheet "${sourceSheet}" may have been partly written; their original cells were kept before writing: compute again, or choose Restore in the panel to put them back.`,
      );
  }
  return parts.join(" ");
}

/** The detail of a protected sheet or workbook found before writing. */
export function describeProtection(lang: Lang, sheet: string | null): string {
  if (sheet === null)
    return lang === "vi"
      ? "Cấu trúc sổ làm việc đang được bảo vệ nên không thêm được trang tính mới."
      : "The workbook structure is protected, so new sheets cannot be added.";
  return lang === "vi"
    ? `Trang tính "${sheet}" đang được bảo vệ; chưa có gì được ghi.`
    : `Sheet "${sheet}" is protected; nothing was written.`;
}
