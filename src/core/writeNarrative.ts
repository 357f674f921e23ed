import { comparedWith, indicatorNamer } from "./nameIndicator";
import type { Outline } from "./outlineRows";
import type { Indicator, Lang, StatusCounts, Summary, TableLayout, TableRow } from "./types";

/** Counts written as in the reports: two digits at least ("05", "12"). */
const pad = (n: number): string => String(n).padStart(2, "0");

const formatRate = (n: number, lang: Lang): string => (lang === "vi" ? String(n).replace(".", ",") : String(n));

/** How many lines a list names before it sums up the rest ("và 05 chỉ tiêu khác"). */
const MAX_NAMED = 20;

/** One paragraph's scope: a section, or the whole table. */
interface Scope {
  name: string | null;
  /** Counts at the level the narrative speaks at. */
  counts: StatusCounts;
  /** Whether the counts are the table's own indicators (its declared level) rather than every line. */
  items: boolean;
  /** The scope's exceeded and not-met lines, counted as the outline was walked once for every scope. */
  lines: Tally;
}

interface Words {
  lang: Lang;
  compare: string;
  name: (node: number) => string;
  outline: Outline;
}

/** The indicator of a line's outline node (a scope's lines are indicator nodes only). */
const indicatorAt = (w: Words, node: number): Indicator =>
  (w.outline.nodes[node]!.row as Extract<TableRow, { kind: "indicator" }>).indicator;

/**
 * A scope's lines of one status: how many, whether all are the table's own indicators, and the first few to name
 * (a list of every line would be built for each scope at 100,000 lines only to be counted).
 */
interface Named {
  length: number;
  top: boolean;
  nodes: number[];
}

/** Counts a line of the status (`top`: whether it is one of the table's own indicators, level 1 of the outline), keeping the first few. */
const addNamed = (lines: Named, node: number, top: boolean): void => {
  if (lines.nodes.length < MAX_NAMED) lines.nodes.push(node);
  if (!top) lines.top = false;
  lines.length++;
};

/** A scope's exceeded and not-met lines. */
interface Tally {
  exceeded: Named;
  notMet: Named;
}

const newTally = (): Tally => ({
  exceeded: { length: 0, top: true, nodes: [] },
  notMet: { length: 0, top: true, nodes: [] },
});

/** Counts a line in its scope's tally by its status (`top`: level 1 of the outline). */
function tallyLine(tally: Tally, node: number, status: Indicator["status"], top: boolean): void {
  if (status === "exceeded") addNamed(tally.exceeded, node, top);
  else if (status === "notMet") addNamed(tally.notMet, node, top);
}

/** The level a scope speaks at: the table's own indicators when a heading declares a count it does not contradict. */
function level(declared: number | null, items: StatusCounts, lines: StatusCounts): boolean {
  if (declared === null) return false;
  return !(declared === lines.total && declared !== items.total);
}

function list(lines: Named, w: Words, rate: (i: Indicator) => string): string {
  const named = lines.nodes.map((node) => `“${w.name(node)}”${rate(indicatorAt(w, node))}`);
  const rest = lines.length - named.length;
  if (rest > 0) named.push(w.lang === "vi" ? `và ${pad(rest)} chỉ tiêu khác` : `and ${pad(rest)} more`);
  return named.join(", ");
}

/**
 * A rate that misleads in a sentence, which the narrative gives as the line's figures instead: a lower-is-better
 * line far under its target (3 cases against "not to exceed 39" is 1300 % by target ÷ result), or a rate below
 * zero (a change the other way from the target's, "124% increase" against "30% reduction"). The sheet and the
 * appendix keep the rate.
 */
const oddInProse = (i: Indicator): boolean =>
  i.attainment !== null &&
  i.resultText !== "" &&
  i.targetText !== "" &&
  (i.attainment < 0 || (i.direction === "lower" && i.attainment >= 200));

/**
 * The clauses of one scope: met and exceeded (naming the exceeded lines), not met (naming them), not evaluated;
 * without `names` the counts alone.
 */
function clauses(scope: Scope, w: Words, quoteCompare: boolean, names: boolean): string[] {
  const vi = w.lang === "vi";
  const c = scope.counts;
  const of = (n: number) => `${pad(n)}/${pad(c.total)}`;
  const cmp = quoteCompare ? ` ${w.compare}` : "";
  const { exceeded, notMet } = scope.lines;
  // At the declared level a named line that is not one of the table's own indicators is one of their lines.
  const unit = (ls: Named) =>
    !scope.items || ls.top
      ? vi
        ? "chỉ tiêu"
        : ls.length === 1
          ? "indicator"
          : "indicators"
      : vi
        ? "nội dung"
        : ls.length === 1
          ? "line"
          : "lines";
  const at = (i: Indicator, verb: string) =>
    i.attainment === null
      ? ""
      : oddInProse(i)
        ? vi
          ? ` ${verb} ${i.resultText} (chỉ tiêu: ${i.targetText})`
          : ` at ${i.resultText} (target: ${i.targetText})`
        : vi
          ? ` ${verb} ${formatRate(i.attainment, w.lang)}%`
          : ` at ${formatRate(i.attainment, w.lang)}%`;
  const out: string[] = [];
  const good = c.exceeded + c.met;
  if (good > 0) {
    // Every line counted exceeds: they are named right after the count ("có 03/04 chỉ tiêu vượt: …").
    const allExceed = c.met === 0 && exceeded.length === good && (!scope.items || exceeded.top);
    const word =
      exceeded.length === 0
        ? vi
          ? "đạt"
          : "met"
        : allExceed
          ? vi
            ? "vượt"
            : "exceeded"
          : vi
            ? "đạt và vượt"
            : "met or exceeded";
    let clause = vi ? `${of(good)} chỉ tiêu ${word}${cmp}` : `${of(good)} indicators ${word}${cmp}`;
    const named = names ? `: ${list(exceeded, w, (i) => at(i, "đạt"))}` : "";
    if (allExceed) clause += named;
    else if (exceeded.length > 0)
      clause += vi
        ? `; trong đó ${pad(exceeded.length)} ${unit(exceeded)} vượt${named}`
        : `; of which ${pad(exceeded.length)} ${unit(exceeded)} exceeded${named}`;
    out.push(clause);
  }
  const notMetCmp = good > 0 ? "" : cmp;
  if (c.notMet > 0 || notMet.length > 0) {
    const named = names && notMet.length > 0 ? `: ${list(notMet, w, (i) => at(i, "chỉ đạt"))}` : "";
    const head =
      c.notMet > 0
        ? vi
          ? `${of(c.notMet)} chỉ tiêu không đạt${notMetCmp}`
          : notMetCmp
            ? `${of(c.notMet)} indicators did not meet${notMetCmp}`
            : `${of(c.notMet)} indicators not met`
        : vi
          ? `${pad(notMet.length)} nội dung không đạt`
          : `${pad(notMet.length)} ${notMet.length === 1 ? "line" : "lines"} not met`;
    out.push(head + named);
  }
  if (c.notEvaluated > 0)
    out.push(vi ? `${of(c.notEvaluated)} chỉ tiêu chưa đánh giá` : `${of(c.notEvaluated)} not evaluated`);
  return out;
}

/** One scope's sentence; the overall line (`names` false) gives the counts and leaves the names to the sections. */
function paragraph(scope: Scope, w: Words, names = true): string {
  const vi = w.lang === "vi";
  // A section named "… (so với kế hoạch)" already says what it is compared with.
  const quoteCompare = !/\b(so với|against)\b/iu.test(scope.name ?? "");
  const parts = clauses(scope, w, quoteCompare, names);
  const body =
    parts.length === 0 ? (vi ? "không có chỉ tiêu nào" : "no indicators") : (vi ? "có " : "") + parts.join("; ");
  if (scope.name !== null) return `${scope.name}: ${body}.`;
  return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
}

/**
 * The indicator lines' tallies, by section and all together, in one walk of the outline (a list of every line's
 * node, per section and in all, would be made at 100,000 lines only to be walked again per scope).
 */
function linesBySection(outline: Outline): { bySection: Map<string | null, Tally>; all: Tally } {
  const bySection = new Map<string | null, Tally>();
  const all = newTally();
  // A section's lines follow one another: its tally is looked up again only when the section changes.
  let key: string | null | undefined;
  let lines = newTally();
  for (let node = 0; node < outline.nodes.length; node++) {
    const n = outline.nodes[node]!;
    const row = n.row;
    if (row.kind !== "indicator") continue;
    const section = row.indicator.section;
    if (section !== key) {
      key = section;
      lines = bySection.get(section) ?? bySection.set(section, newTally()).get(section)!;
    }
    const status = row.indicator.status;
    const top = n.level === 1;
    tallyLine(lines, node, status, top);
    tallyLine(all, node, status, top);
  }
  return { bySection, all };
}

/**
 * The paragraph officers paste into the report, in the style of the report's own: one sentence per section that
 * counts at the table's declared level ("03 chỉ tiêu") where it declares one, else every line; says what the results
 * are compared with from the target column's header ("so với Nghị quyết"); names every exceeded and every not-met
 * line with its rate (a line that alone is unclear with the group it sits under), in “ ” quotes; then the overall
 * count. Example: "Về công tác công đoàn: có 05/05 chỉ tiêu đạt và vượt so với Nghị quyết; trong đó 01 nội dung
 * vượt: “Đoàn viên đủ điều kiện được phân loại – Đạt loại xuất sắc” đạt 110%."
 */
export function writeNarrative(
  summary: Summary,
  outline: Outline,
  table: TableLayout,
  lang: Lang,
  name: (node: number) => string = indicatorNamer(outline),
): string {
  const w: Words = { lang, compare: comparedWith(table, lang), name, outline };
  const { bySection, all } = linesBySection(outline);
  if (summary.sections.length === 0) {
    const items = level(summary.declared, summary.items, summary);
    return paragraph({ name: null, counts: items ? summary.items : summary, items, lines: all }, w);
  }
  const scopes = summary.sections.map((s) => {
    const items = level(s.declared, s.items, s);
    const name = s.label || (lang === "vi" ? `Phần ${s.key}` : `Part ${s.key}`);
    return { name, counts: items ? s.items : s, items, lines: bySection.get(s.key) ?? newTally() };
  });
  const lines = scopes.map((s) => paragraph(s, w));
  const items = scopes.every((s) => s.items);
  const total = {
    name: lang === "vi" ? "Tổng cộng" : "Overall",
    counts: items ? summary.items : summary,
    items,
    lines: all,
  };
  lines.push(paragraph(total, w, false));
  return lines.join("\n");
}
