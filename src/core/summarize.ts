import { toA1 } from "./a1";
import { declaredCount, sectionLabel } from "./hierarchy";
import { rolledStatus, type Outline } from "./outlineRows";
import type { Indicator, SectionSummary, Status, StatusCounts, Summary, Warning } from "./types";

const empty = (): StatusCounts => ({ total: 0, evaluated: 0, exceeded: 0, met: 0, notMet: 0, notEvaluated: 0 });

function add(c: StatusCounts, status: Status): void {
  c.total++;
  // One property each, named: an indexed increment is slower on the hot path of 100,000 lines.
  if (status === "exceeded") c.exceeded++;
  else if (status === "met") c.met++;
  else if (status === "notMet") c.notMet++;
  else c.notEvaluated++;
  c.evaluated = c.total - c.notEvaluated;
}

function sum(into: StatusCounts, c: StatusCounts): void {
  for (const k of ["total", "evaluated", "exceeded", "met", "notMet", "notEvaluated"] as const) into[k] += c[k];
}

/** Counts the table's own indicators among these outline nodes (groups rolled up; captions with nothing under them left out). */
function countItems(outline: Outline, nodes: number[]): StatusCounts {
  const c = empty();
  for (let i = 0; i < nodes.length; i++) {
    const status = rolledStatus(outline, nodes[i]!);
    if (status !== null) add(c, status);
  }
  return c;
}

/** How many lines a section holds (a loop of its own: a closure over the row would cost every row a context). */
function linesIn(indicators: Indicator[], key: string): number {
  let n = 0;
  for (let i = 0; i < indicators.length; i++) if (indicators[i]!.section === key) n++;
  return n;
}

/** The table's own indicators under a node, in the outline's terms (see `countItems`). */
const itemsUnder = (outline: Outline, node: number): number =>
  outline.nodes[node]!.children.filter((c) => rolledStatus(outline, c) !== null).length;

/**
 * Counts at two levels, overall and per Roman section: every evaluated line by status (the `StatusCounts`
 * fields; `evaluated` = total − not evaluated), and the table's own indicators (`items`: the outline's top-level
 * items, a group without values rolled up from its lines). A heading that declares a count ("03 chỉ tiêu") is
 * compared with what the table holds under it, and a warning says so where they differ.
 * Example: the sample has 18 lines (5 exceeded, 12 met, 1 not evaluated) and 3 + 5 = 8 indicators of its own, all
 * met or exceeded, as its headings declare.
 */
export function summarize(
  indicators: Indicator[],
  outline: Outline,
  labelCol: number,
  title: string | null = null,
): { summary: Summary; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const overall = empty();
  const sections: SectionSummary[] = [];
  const byKey = new Map<string, SectionSummary>();
  const items = countItems(outline, outline.roots);
  // Only the sections and headings, not every line; an index loop, as an iterator's entries are one object each.
  for (let k = 0; k < outline.headings.length; k++) {
    const at = outline.headings[k]!;
    const node = outline.nodes[at]!;
    const row = node.row;
    if (row.kind === "indicator") continue;
    const declared = declaredCount(row.label);
    if (row.kind === "section") {
      const s: SectionSummary = {
        key: row.key,
        label: sectionLabel(row.label),
        ...empty(),
        declared,
        items: countItems(outline, node.children),
        ...(row.caption ? { caption: true as const } : {}),
      };
      sections.push(s);
      byKey.set(row.key, s);
      sum(items, s.items);
    }
    if (declared === null) continue;
    const found = itemsUnder(outline, at);
    const lines = row.kind === "section" ? linesIn(indicators, row.key) : -1;
    // A count that matches every line under the heading is the table's own way of counting: no warning.
    if (found !== declared && lines !== declared)
      warnings.push({
        code: "declaredCount",
        address: toA1(row.row, labelCol),
        row: row.row,
        params: { row: row.row + 1, declared, found },
      });
  }
  // A section's lines follow one another: its counts are looked up again only when the section changes.
  let key: string | null = null;
  let s: SectionSummary | undefined;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i]!;
    add(overall, ind.status);
    if (ind.section !== key) {
      key = ind.section;
      s = key !== null ? byKey.get(key) : undefined;
    }
    if (s) add(s, ind.status);
  }
  const titleCount = sections.length === 0 && title !== null ? declaredCount(title) : null;
  const declared =
    sections.length > 0 && sections.every((s) => s.declared !== null)
      ? sections.reduce((n, s) => n + s.declared!, 0)
      : titleCount;
  return { summary: { ...overall, sections, declared, items }, warnings };
}
