import { sectionLabel } from "./hierarchy";
import type { Indicator, SectionSummary, StatusCounts, Summary, TableRow } from "./types";

type Counts = StatusCounts;

const empty = (): Counts => ({ total: 0, evaluated: 0, exceeded: 0, met: 0, notMet: 0, notEvaluated: 0 });

function add(c: Counts, ind: Indicator): void {
  c.total++;
  c[ind.status]++;
  c.evaluated = c.total - c.notEvaluated;
}

/**
 * Counts indicators by status, overall and per Roman section (`evaluated` = total − not evaluated).
 * A table without Roman numerals has no sections. Example: the sample gives 5 exceeded, 12 met, 0 not met, 1 not evaluated.
 */
export function summarize(rows: TableRow[], indicators: Indicator[]): Summary {
  const overall = empty();
  const sections: SectionSummary[] = rows
    .filter((r): r is Extract<TableRow, { kind: "section" }> => r.kind === "section")
    .map((s) => ({ key: s.key, label: sectionLabel(s.label), ...empty() }));
  const byKey = new Map(sections.map((s) => [s.key, s]));
  for (const ind of indicators) {
    add(overall, ind);
    const s = ind.section !== null ? byKey.get(ind.section) : undefined;
    if (s) add(s, ind);
  }
  return { ...overall, sections };
}
