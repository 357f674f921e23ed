import { HEADERS, statusLabel } from "./messages";
import { REPORT_FONT, SheetBuilder } from "./sheetBuilder";
import type { Analysis, CellValue, ColumnRole, Indicator, Lang, PrintSetup, SheetPlan } from "./types";

/** Appendix columns: Số TT | Nội dung chỉ tiêu | Chỉ tiêu | Kết quả | Tỷ lệ đạt được | Ghi chú. */
const ROLES = ["number", "label", "target", "result", "attainment", "notes"] as const;
const WIDTHS = [7, 52, 13, 13, 13, 16];
const NUMBER_COL = 0;
const TARGET_COL = 2;
const ATTAINMENT_COL = 4;

/** Print setup shared by the generated sheets: A4 portrait, one page wide, header rows repeated. */
export function reportPrint(repeatTop?: number, repeatBottom?: number): PrintSetup {
  return {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: 1,
    fitToHeight: 0,
    ...(repeatTop !== undefined ? { repeatRows: { top: repeatTop, bottom: repeatBottom ?? repeatTop } } : {}),
    margins: { left: 0.7, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    centerHorizontally: true,
  };
}

/** The source's own header words for each appendix column, with the product's words where the source has none. */
function headerRow(analysis: Analysis, lang: Lang): string[] {
  const h = HEADERS[lang];
  const fallback: Record<(typeof ROLES)[number], string> = {
    number: h.number,
    label: h.label,
    target: h.target,
    result: h.result,
    attainment: h.attainment,
    notes: h.notes,
  };
  return ROLES.map((role) => {
    const col = analysis.table.columns[role as ColumnRole];
    const text = col === undefined ? "" : (analysis.table.headers.find((x) => x.col === col)?.text ?? "");
    return text || fallback[role];
  });
}

/**
 * A target or result as the appendix shows it: a number where the sheet held a number (in percent units when
 * formatted as %), else the text exactly as typed ("≤ 1,5", "3,5 - 4", "Đạt"), so no sign or comma is lost.
 */
const asTyped = (value: number | string | null, text: string): CellValue =>
  typeof value === "number" && String(value) === text ? value : text || null;

/** The rate as the appendix shows it: the rounded number, the status word for qualitative rows, else blank. */
function rateCell(ind: Indicator, lang: Lang): CellValue {
  if (ind.attainment !== null) return ind.attainment;
  if (ind.status !== "notEvaluated") return statusLabel(ind.status, lang);
  return null;
}

/**
 * Plans the appendix sheet in the style of the annual report's appendix: a title, the source's header words,
 * section rows in bold, one row per indicator (multi-line cells split), merged notes kept merged, Times New Roman 13,
 * thin borders, wrapped text, header repeated on every printed page, A4 one page wide.
 */
export function planAppendix(analysis: Analysis, lang: Lang): SheetPlan & { print: PrintSetup } {
  const b = new SheetBuilder(WIDTHS);
  const last = WIDTHS.length - 1;
  const title = b.addRow([analysis.table.title ?? HEADERS[lang].appendixTitle]);
  b.merge(title, 0, last);
  b.styleRow(title, { bold: true, fontSize: 14, horizontal: "center", vertical: "middle", wrap: true });
  b.fitRow(title, { 0: WIDTHS.reduce((a, w) => a + w, 0) });
  b.addRow([]);
  const header = b.addRow(headerRow(analysis, lang));
  b.styleRow(header, { bold: true, horizontal: "center", vertical: "middle", wrap: true });
  b.fitRow(header);

  for (const row of analysis.rows) {
    if (row.kind === "section") {
      const r = b.addRow([row.number, row.label]);
      b.styleRow(r, { bold: true });
      b.fitRow(r);
    } else if (row.kind === "heading") {
      const r = b.addRow([row.number, row.label]);
      if (row.depth <= 1 && row.number) b.styleRow(r, { bold: true });
      b.fitRow(r);
    } else {
      const ind = row.indicator;
      const number = ind.part === 0 ? ind.number : "";
      if (ind.mergedNote !== null) {
        const r = b.addRow([number, ind.label, ind.mergedNote, null, null, ind.notes]);
        b.merge(r, TARGET_COL, ATTAINMENT_COL);
        b.fitRow(r, { [TARGET_COL]: WIDTHS[2]! + WIDTHS[3]! + WIDTHS[4]! });
        continue;
      }
      const r = b.addRow([
        number,
        ind.label,
        asTyped(ind.target, ind.targetText),
        asTyped(ind.result, ind.resultText),
        rateCell(ind, lang),
        ind.part === 0 ? ind.notes : "",
      ]);
      if (ind.decimals > analysis.decimals)
        b.formats.push({
          range: { top: r, left: ATTAINMENT_COL, bottom: r, right: ATTAINMENT_COL },
          style: { numberFormat: `0.${"0".repeat(ind.decimals)}` },
        });
      b.fitRow(r);
    }
  }
  const bottom = b.rowCount - 1;
  const body = { top: header, left: 0, bottom, right: last };
  // Base styles first: later formats override the properties they set (bold rows, the larger title).
  b.formats.unshift(
    { range: { top: 0, left: 0, bottom, right: last }, style: { ...REPORT_FONT } },
    { range: body, style: { border: true, wrap: true, vertical: "middle" } },
    { range: { top: header + 1, left: NUMBER_COL, bottom, right: NUMBER_COL }, style: { horizontal: "center" } },
    { range: { top: header + 1, left: TARGET_COL, bottom, right: ATTAINMENT_COL }, style: { horizontal: "center" } },
    {
      range: { top: header + 1, left: ATTAINMENT_COL, bottom, right: ATTAINMENT_COL },
      style: { numberFormat: analysis.decimals ? `0.${"0".repeat(analysis.decimals)}` : "0" },
    },
  );
  return { ...b.build(), freezeRows: header + 1, print: reportPrint(header, header) };
}
