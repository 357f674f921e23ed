import { describeMethod } from "./describeMethod";
import { HEADERS, STATUS_LABELS, describeWarnings } from "./messages";
import { reportPrint } from "./planAppendix";
import { REPORT_FONT, SheetBuilder } from "./sheetBuilder";
import { indicatorNamer } from "./nameIndicator";
import { outlineRows } from "./outlineRows";
import type {
  Analysis,
  Lang,
  PrintSetup,
  SectionSummary,
  SheetPlan,
  StatusColors,
  StatusCounts,
  Summary,
} from "./types";

const WIDTHS = [44, 11, 13, 11, 11, 13, 15];
const LAST = WIDTHS.length - 1;
const FULL = WIDTHS.reduce((a, w) => a + w, 0);

function methodLine(analysis: Analysis, lang: Lang): string {
  const source = lang === "vi" ? `Trang nguồn: "${analysis.table.sheet}"` : `Source sheet: "${analysis.table.sheet}"`;
  return `${HEADERS[lang].method}: ${describeMethod(analysis, lang)}. ${source}.`;
}

/** Adds a full-width text row (merged across the sheet) sized to its text. */
function addLine(b: SheetBuilder, text: string, bold = false): number {
  const r = b.addRow([text]);
  b.merge(r, 0, LAST);
  b.styleRow(r, { wrap: true, vertical: "top", ...(bold ? { bold: true } : {}) });
  b.fitRow(r, { 0: FULL });
  return r;
}

/** Adds a count table: one row per section and the overall row, status headers in their colours. */
function addCounts(
  b: SheetBuilder,
  summary: Summary,
  pick: (c: Summary | SectionSummary) => StatusCounts,
  lang: Lang,
  colors: StatusColors,
): void {
  const h = HEADERS[lang];
  const s = STATUS_LABELS[lang];
  const head = b.addRow([h.section, h.total, h.evaluated, s.exceeded, s.met, s.notMet, s.notEvaluated]);
  b.styleRow(head, { bold: true, horizontal: "center", vertical: "middle", wrap: true });
  (["exceeded", "met", "notMet", "notEvaluated"] as const).forEach((status, i) =>
    b.style({ top: head, left: 3 + i, bottom: head, right: 3 + i }, { fill: colors[status] }),
  );
  b.fitRow(head);
  const counts = (c: StatusCounts) => [c.total, c.evaluated, c.exceeded, c.met, c.notMet, c.notEvaluated];
  for (const sec of summary.sections)
    b.fitRow(b.addRow([sec.caption ? sec.label : `${sec.key}. ${sec.label}`, ...counts(pick(sec))]));
  const total = b.addRow([h.overall, ...counts(pick(summary))]);
  b.styleRow(total, { bold: true });
  b.style({ top: head, left: 0, bottom: total, right: LAST }, { border: true, vertical: "middle" });
  b.style({ top: head + 1, left: 1, bottom: total, right: LAST }, { horizontal: "center" });
}

/** Names indicators by their sheet row as the narrative does ("Về khen thưởng – Cá nhân", not "Cá nhân"). */
function namer(analysis: Analysis): (row: number) => string {
  const outline = outlineRows(analysis.rows);
  const name = indicatorNamer(outline);
  const nodeOf = new Map<number, number>();
  outline.nodes.forEach((n, i) => nodeOf.set(n.row.row, i));
  return (row) => name(nodeOf.get(row)!);
}

/**
 * Plans the summary sheet: counts by status per section and overall (status headers in their colours; where the
 * table's own indicators are fewer than its lines, first as the narrative counts them, then line by line), the
 * narrative paragraph, the audit of reported rates that differ from the computed ones, and the other warnings.
 */
export function planSummary(analysis: Analysis, lang: Lang, colors: StatusColors): SheetPlan & { print: PrintSetup } {
  const h = HEADERS[lang];
  const b = new SheetBuilder(WIDTHS);
  const title = addLine(b, h.summaryTitle, true);
  b.styleRow(title, { fontSize: 14, horizontal: "center" });
  addLine(b, methodLine(analysis, lang));
  b.addRow([]);

  const items = analysis.summary.items;
  // A table that counts its own indicators differently from its lines (sub-lines, groups) gets both tables, the
  // first as the narrative counts ("có 03/03 chỉ tiêu"), the second line by line.
  const twoLevels =
    items.total !== analysis.summary.total || analysis.summary.sections.some((sec) => sec.items.total !== sec.total);
  if (twoLevels) {
    addLine(b, h.countItems, true);
    addCounts(b, analysis.summary, (c) => c.items, lang, colors);
    b.addRow([]);
    addLine(b, h.countLines, true);
  }
  addCounts(b, analysis.summary, (c) => c, lang, colors);

  b.addRow([]);
  addLine(b, h.narrative, true);
  for (const line of analysis.narrative.split("\n")) addLine(b, line);

  b.addRow([]);
  addLine(b, h.audit, true);
  const discrepancies = analysis.indicators.filter((i) => i.discrepancy);
  if (discrepancies.length === 0) addLine(b, h.noDiscrepancy);
  else {
    // Named by the analysis where it carries the names (an analysis of an earlier version may not).
    const carried = analysis.discrepancyNames?.length === discrepancies.length ? analysis.discrepancyNames : null;
    const name = carried ? null : namer(analysis);
    const auditHead = b.addRow([h.label, h.row, h.reported, h.computed]);
    b.styleRow(auditHead, { bold: true, horizontal: "center", wrap: true }, 0, 3);
    for (let k = 0; k < discrepancies.length; k++) {
      const ind = discrepancies[k]!;
      const r = b.addRow([
        carried ? carried[k]! : name!(ind.row),
        ind.row + 1,
        ind.reported,
        ind.attainment ?? STATUS_LABELS[lang][ind.status],
      ]);
      b.fitRow(r);
    }
    b.style(
      { top: auditHead, left: 0, bottom: b.rowCount - 1, right: 3 },
      { border: true, wrap: true, vertical: "middle" },
    );
    b.style({ top: auditHead + 1, left: 1, bottom: b.rowCount - 1, right: 3 }, { horizontal: "center" });
  }

  const warnings = analysis.warnings.filter((w) => w.code !== "discrepancy");
  if (warnings.length > 0) {
    b.addRow([]);
    addLine(b, h.warnings, true);
    for (const line of describeWarnings(warnings, lang)) addLine(b, line);
  }
  b.formats.unshift({ range: { top: 0, left: 0, bottom: b.rowCount - 1, right: LAST }, style: { ...REPORT_FONT } });
  return { ...b.build(), print: reportPrint() };
}
