import type { Lang } from "../core";

/** What the ribbon's result dialog shows: a title and a few lines, in one language. */
export interface Report {
  lang: Lang;
  ok: boolean;
  title: string;
  lines: string[];
}

/** Lines longer than this are cut, and at most MAX_LINES are kept, so the dialog URL stays short. */
const MAX_LINE = 400;
const MAX_LINES = 12;

const clip = (line: string) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line);

/**
 * The report as a URL fragment for dialog.html. A fragment is never sent to the server, and the dialog page is
 * on the add-in's own origin, as displayDialogAsync requires. Example: `dialog.html#%7B%22lang%22…`.
 */
export function encodeReport(report: Report): string {
  const compact: Report = { ...report, title: clip(report.title), lines: report.lines.slice(0, MAX_LINES).map(clip) };
  return encodeURIComponent(JSON.stringify(compact));
}

/** Reads a report from a URL fragment (with or without "#"); anything malformed gives null. */
export function decodeReport(fragment: string): Report | null {
  try {
    const raw: unknown = JSON.parse(decodeURIComponent(fragment.replace(/^#/, "")));
    if (!raw || typeof raw !== "object") return null;
    const o = raw as Record<string, unknown>;
    if (typeof o.title !== "string" || !Array.isArray(o.lines)) return null;
    return {
      lang: o.lang === "en" ? "en" : "vi",
      ok: o.ok === true,
      title: o.title,
      lines: o.lines.filter((l): l is string => typeof l === "string").slice(0, MAX_LINES),
    };
  } catch {
    return null;
  }
}

/** The dialog's own words. */
export const DIALOG_TEXT: Record<Lang, { close: string; missing: string; fallbackTitle: string }> = {
  vi: { close: "Đóng", missing: "Không có nội dung để hiển thị.", fallbackTitle: "Tính tỷ lệ đạt" },
  en: { close: "Close", missing: "There is nothing to show.", fallbackTitle: "Compute attainment" },
};
