import type { Lang } from "../core";
import { describeError } from "../core";
import { t, type UiKey } from "./i18n";
import type { PortError } from "../port";

/** A port failure in words: what went wrong, what to do next, and any detail the host gave. */
export interface ErrorText {
  message: string;
  next: string;
  detail: string | null;
}

/**
 * Puts a port failure in words: engine errors through the core's `describeError`, host errors by code.
 * Example: a `sheetProtected` host error gives next = "bỏ bảo vệ trang tính (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.".
 */
export function describePortError(error: PortError, lang: Lang): ErrorText {
  if (error.kind === "engine") {
    return {
      message: describeError(error.error, lang),
      next: t(lang, `engineNext_${error.error.code}` as UiKey),
      detail: null,
    };
  }
  return {
    message: t(lang, `host_${error.code}` as UiKey),
    next: t(lang, `hostNext_${error.code}` as UiKey),
    detail: error.detail ?? null,
  };
}
