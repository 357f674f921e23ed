import type { Lang } from "../core";

/** What the ribbon's result dialog shows: a title and a few lines, in one language. */
export interface Report {
  lang: Lang;
  ok: boolean;
  title: string;
  lines: string[];
}

/** Lines longer than this are cut, and at most MAX_LINES are kept, so the dialog stays short (and its URL, as a fallback). */
const MAX_LINE = 400;
const MAX_LINES = 12;

const clip = (line: string) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line);

const compact = (report: Report): Report => ({
  ...report,
  title: clip(report.title),
  lines: report.lines.slice(0, MAX_LINES).map(clip),
});

/**
 * The report as a URL fragment for dialog.html, for hosts without `messageChild` (DialogApi 1.2). A fragment is
 * never sent to the server, and the dialog page is on the add-in's own origin, as displayDialogAsync requires.
 * Example: `dialog.html#%7B%22lang%22…`.
 */
export function encodeReport(report: Report): string {
  return encodeURIComponent(JSON.stringify(compact(report)));
}

/**
 * Reads a report from a URL fragment (with or without "#"); anything malformed gives null. Whatever a host
 * appends after the encoded report (`&…`, `?…`, a second `#`) is left out: encodeURIComponent never writes those.
 */
export function decodeReport(fragment: string): Report | null {
  const encoded = /^#?([A-Za-z0-9\-_.!~*'()%]*)/.exec(fragment)?.[1] ?? "";
  try {
    return parseReport(JSON.parse(decodeURIComponent(encoded)));
  } catch {
    return null;
  }
}

/** The message the command sends to the dialog with `messageChild`: `{"type":"report","report":{…}}`. */
export function reportMessage(report: Report): string {
  return JSON.stringify({ type: "report", report: compact(report) });
}

/** Reads the command's message; anything else gives null. */
export function parseReportMessage(message: string): Report | null {
  try {
    const raw: unknown = JSON.parse(message);
    if (!raw || typeof raw !== "object" || (raw as { type?: unknown }).type !== "report") return null;
    return parseReport((raw as { report?: unknown }).report);
  } catch {
    return null;
  }
}

function parseReport(raw: unknown): Report | null {
  if (!raw || typeof raw !== "object") return null;
  const o = raw as Record<string, unknown>;
  if (typeof o.title !== "string" || !Array.isArray(o.lines)) return null;
  return {
    lang: o.lang === "en" ? "en" : "vi",
    ok: o.ok === true,
    title: o.title,
    lines: o.lines.filter((l): l is string => typeof l === "string").slice(0, MAX_LINES),
  };
}

/** The dialog's own words. */
export const DIALOG_TEXT: Record<Lang, { close: string; missing: string; fallbackTitle: string }> = {
  vi: { close: "Đóng", missing: "Không có nội dung để hiển thị.", fallbackTitle: "Tính tỷ lệ đạt" },
  en: { close: "Close", missing: "There is nothing to show.", fallbackTitle: "Compute attainment" },
};
