import { DIALOG_TEXT, type Report } from "./report";

/** What the page shows, decided without touching the DOM (so it can be tested on its own). */
export interface ReportView {
  lang: Report["lang"];
  ok: boolean;
  title: string;
  lines: string[];
  close: string;
}

/** The view of a report; a missing or damaged one (null) still gives a page with a Close button. */
export function reportView(report: Report | null, displayLanguage = "vi"): ReportView {
  const lang = report?.lang ?? (displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en");
  const text = DIALOG_TEXT[lang];
  if (!report) return { lang, ok: false, title: text.fallbackTitle, lines: [text.missing], close: text.close };
  return { lang, ok: report.ok, title: report.title, lines: report.lines, close: text.close };
}

/**
 * Fills the page. Every text goes through textContent: report lines carry sheet names and cell texts from the
 * user's workbook, which must never be read as HTML.
 */
export function renderReport(doc: Document, view: ReportView, onClose: () => void): void {
  doc.documentElement.lang = view.lang;
  doc.title = view.title;
  const main = doc.getElementById("report") ?? doc.body;
  main.replaceChildren();
  const heading = doc.createElement("h1");
  heading.textContent = view.title;
  heading.className = view.ok ? "ok" : "failed";
  main.append(heading);
  for (const line of view.lines) {
    const p = doc.createElement("p");
    p.textContent = line;
    main.append(p);
  }
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = view.close;
  button.addEventListener("click", onClose);
  main.append(button);
  button.focus();
}
