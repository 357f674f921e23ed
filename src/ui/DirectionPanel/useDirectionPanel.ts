import type { Analysis, Direction } from "../../core";

export interface DirectionRow {
  /** 1-based sheet row. */
  row: number;
  label: string;
  direction: Direction;
}

/** Indicators (one per sheet row, 1-based) whose direction the engine inferred or the user chose. */
export function useDirectionPanel(analysis: Analysis | null): DirectionRow[] {
  if (!analysis) return [];
  const seen = new Set<number>();
  const rows: DirectionRow[] = [];
  for (const i of analysis.indicators) {
    const source = i.directionSource;
    if (seen.has(i.row) || (source !== "lexicon" && source !== "reported" && source !== "user")) continue;
    seen.add(i.row);
    const label = i.label.replace(/\s+/g, " ").trim();
    rows.push({ row: i.row + 1, label: label.length > 70 ? `${label.slice(0, 67)}…` : label, direction: i.direction });
  }
  return rows;
}
