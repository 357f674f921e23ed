import type { Lang, SheetPlan } from "../core";
import { readPlanTable, type ReportLayout, type ResolvedStyle } from "./readPlanTable";
import { appendixWidths } from "./fitWidths";
import { INDENT_PT, REPORT_PAGE, TEXT_WIDTH_PT } from "./reportPage";

/** The appendix as the clipboard carries it: HTML for Word, tab-separated text for everything else. */
export interface ClipboardTable {
  html: string;
  text: string;
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Text with its line breaks as <br>, leading spaces kept (Word collapses plain runs of spaces). */
const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => escape(l).replace(/^ +/, (s) => "&nbsp;".repeat(s.length)))
    .join("<br>");

const VERTICAL = { top: "top", middle: "middle", bottom: "bottom" } as const;

/** Inline CSS of a paragraph: Word and LibreOffice Writer read inline styles of pasted HTML, not style sheets. */
function textCss(style: ResolvedStyle): string {
  const css = [
    `font-family:'${style.fontName ?? REPORT_PAGE.fontName}',serif`,
    `font-size:${style.fontSize ?? REPORT_PAGE.fontSizePt}pt`,
    "margin-top:0",
    "margin-bottom:0",
  ];
  if (style.bold) css.push("font-weight:bold");
  if (style.italic) css.push("font-style:italic");
  if (style.fontColor) css.push(`color:${style.fontColor}`);
  if (style.horizontal) css.push(`text-align:${style.horizontal}`);
  if (style.indent) css.push(`margin-left:${style.indent * INDENT_PT}pt`);
  return css.join(";");
}

function cellCss(style: ResolvedStyle, widthPt: number): string {
  const css = [
    `width:${widthPt.toFixed(1)}pt`,
    // The indent as the cell's left padding: a <p> to carry it would get Writer's paragraph spacing.
    `padding:2pt 4pt 2pt ${4 + style.indent * INDENT_PT}pt`,
    `vertical-align:${VERTICAL[style.vertical ?? "top"]}`,
  ];
  if (style.border) css.push("border:0.5pt solid windowtext");
  if (style.fill) css.push(`background:${style.fill}`);
  return css.join(";");
}

function renderHtml(layout: ReportLayout): string {
  const widths = appendixWidths(layout, TEXT_WIDTH_PT, 10).map((w) => w / 10);
  const spanWidth = (col: number, span: number) => widths.slice(col, col + span).reduce((a, w) => a + w, 0);
  const before = layout.before.map(
    (l) => `<p style="${textCss(l.style).replace("margin-bottom:0", "margin-bottom:6pt")}">${lines(l.text)}</p>`,
  );
  const after = layout.after.map(
    (l) => `<p style="${textCss(l.style).replace("margin-top:0", "margin-top:6pt")}">${lines(l.text)}</p>`,
  );
  const cols = widths.map((w) => `<col width="${Math.round((w * 96) / 72)}" style="width:${w.toFixed(1)}pt">`);
  const rows = layout.rows.map((row) => {
    // A row stays on one page (Word and Writer read page-break-inside on a row), as the .docx's cantSplit.
    const height = ` style="page-break-inside:avoid${row.height ? `;height:${row.height}pt` : ""}"`;
    const cells = row.cells.map((cell) => {
      const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ""}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ""}`;
      const width = spanWidth(cell.col, cell.colSpan);
      // valign and width as attributes too: LibreOffice Writer reads them where it skips the CSS.
      const valign = ` valign="${VERTICAL[cell.style.vertical ?? "top"]}" width="${Math.round((width * 96) / 72)}"`;
      // Text straight in the cell: a <p> there gets Writer's paragraph spacing.
      const content = lines(cell.text) || "&nbsp;";
      return `<td${spans}${valign} style="${cellCss(cell.style, width)};${textCss({ ...cell.style, indent: 0 })}">${content}</td>`;
    });
    return `<tr${height}>${cells.join("")}</tr>`;
  });
  const tableCss = `border-collapse:collapse;width:${TEXT_WIDTH_PT.toFixed(1)}pt;font-family:'${REPORT_PAGE.fontName}',serif;font-size:${REPORT_PAGE.fontSizePt}pt`;
  return [
    '<html><head><meta charset="utf-8"></head><body>',
    "<!--StartFragment-->",
    ...before,
    `<table border="1" cellspacing="0" cellpadding="0" style="${tableCss}"><colgroup>${cols.join("")}</colgroup>`,
    ...rows,
    "</table>",
    ...after,
    "<!--EndFragment-->",
    "</body></html>",
  ].join("\n");
}

/** Tab-separated text: covered cells of a merge stay empty so every row keeps the table's columns. */
function renderText(layout: ReportLayout): string {
  const flat = (text: string) => text.replace(/\s*\n\s*/g, " ");
  const width = layout.widths.length;
  const rows = layout.rows.map((row) => {
    const out = Array.from({ length: width }, () => "");
    for (const cell of row.cells) out[cell.col] = flat(cell.text);
    return out.join("\t");
  });
  return (
    [...layout.before.map((l) => flat(l.text)), ...rows, ...layout.after.map((l) => flat(l.text))].join("\n") + "\n"
  );
}

/**
 * Renders a generated sheet's plan (the appendix) for the clipboard: an HTML table that pastes into Word in
 * the report's style (Times New Roman 13, thin borders, merges as colspan/rowspan, widths in proportion to the
 * sheet's across the A4 text width, bold, italic, indents, line breaks), and the same table as tab-separated text.
 * Example: the sample's appendix gives a title paragraph and a 6-column table whose header starts "Số TT".
 */
export function renderAppendixHtml(plan: SheetPlan, lang: Lang): ClipboardTable {
  const layout = readPlanTable(plan, lang);
  return { html: renderHtml(layout), text: renderText(layout) };
}
