import type { Analysis, Indicator, Lang, Status } from "../../core";
import { columnName } from "../../core";

export type IndicatorFilter = "attention" | "notMet" | "discrepancy" | "notEvaluated" | "all";
export const FILTERS: readonly IndicatorFilter[] = ["attention", "notMet", "discrepancy", "notEvaluated", "all"];

/** One line of the per-indicator list. */
export interface IndicatorItem {
  key: string;
  /** 1-based sheet row, as Excel numbers it. */
  row: number;
  label: string;
  status: Status;
  /** The computed rate as shown ("108", "97,5" in vi), or null when not computed. */
  rate: string | null;
  /** The rate reported in the sheet when it differs from the computed one, or null. */
  reported: string | null;
  /** The cell "go to cell" selects: the reported rate that differs, else the rate's column, else the result. */
  address: string;
}

const MATCH: Record<IndicatorFilter, (ind: Indicator) => boolean> = {
  attention: (ind) => ind.status === "notMet" || ind.discrepancy,
  notMet: (ind) => ind.status === "notMet",
  discrepancy: (ind) => ind.discrepancy,
  notEvaluated: (ind) => ind.status === "notEvaluated",
  all: () => true,
};

const show = (value: number | string | null, lang: Lang): string | null =>
  value === null ? null : typeof value === "number" && lang === "vi" ? String(value).replace(".", ",") : String(value);

/** How many indicators each filter keeps. */
export function countByFilter(analysis: Analysis): Record<IndicatorFilter, number> {
  const counts = { attention: 0, notMet: 0, discrepancy: 0, notEvaluated: 0, all: 0 };
  for (const ind of analysis.indicators) for (const f of FILTERS) if (MATCH[f](ind)) counts[f]++;
  return counts;
}

/**
 * The indicators a filter keeps, in sheet order, each with its rate, status and the cell to go to.
 * Example: on the sample, "discrepancy" keeps row 21 ("+ Cá nhân:", rate 108, reported 180, cell E21).
 */
export function listIndicators(analysis: Analysis, filter: IndicatorFilter, lang: Lang): IndicatorItem[] {
  const { columns } = analysis.table;
  const differing = new Map(
    analysis.warnings.filter((w) => w.code === "discrepancy" && w.address).map((w) => [w.row, w.address!]),
  );
  return analysis.indicators.filter(MATCH[filter]).map((ind) => ({
    key: `${ind.row}-${ind.part}`,
    row: ind.row + 1,
    label: ind.parts > 1 ? `${ind.label} (${ind.part + 1}/${ind.parts})` : ind.label,
    status: ind.status,
    rate: show(ind.attainment, lang),
    reported: ind.discrepancy ? show(ind.reported, lang) : null,
    address: differing.get(ind.row) ?? `${columnName(columns.attainment ?? columns.result)}${ind.row + 1}`,
  }));
}
