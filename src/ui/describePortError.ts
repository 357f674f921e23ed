import type { Lang } from "../core";
import { describeError } from "../core";
import { t } from "./i18n";
import type { HostErrorCode, PortError } from "../port";

/** A port failure in words: what went wrong, what to do next, and any detail the host gave. */
export interface ErrorText {
  message: string;
  next: string;
  detail: string | null;
}

/** Host failures that trying the same file or sheet again cannot mend (the user must change something first). */
const FINAL_HOST_ERRORS: readonly HostErrorCode[] = ["notAWorkbook", "damaged", "fileTooBig"];

/** Whether a "Try again" button can help with this failure. Example: a file that is not a workbook → false. */
export function canRetry(error: PortError): boolean {
  return error.kind === "host" && !FINAL_HOST_ERRORS.includes(error.code);
}

/**
 * Puts a port failure in words: engine errors through the core's `describeError`, host errors by code.
 * Example: a `sheetProtected` host error gives next = "bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.".
 */
export function describePortError(error: PortError, lang: Lang): ErrorText {
  if (error.kind === "engine") {
    return { message: describeError(error.error, lang), next: t(lang, `engineNext_${error.error.code}`), detail: null };
  }
  return {
    message: t(lang, `host_${error.code}`),
    next: t(lang, `hostNext_${error.code}`),
    detail: error.detail ?? null,
  };
}
