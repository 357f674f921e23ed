import type { Status, StatusColors } from "../core";

/** The four statuses in display order. */
export const STATUSES: readonly Status[] = ["exceeded", "met", "notMet", "notEvaluated"];

/**
 * Black or white, whichever reads better on a "#RRGGBB" fill (WCAG relative luminance),
 * so a dark colour chosen by the user still gives legible badges. Example: `textOn("#C6EFCE") === "#000000"`.
 */
export function textOn(fill: string): "#000000" | "#FFFFFF" {
  const channel = (i: number): number => {
    const c = parseInt(fill.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // The luminance where contrast against black equals contrast against white.
  return luminance > 0.179 ? "#000000" : "#FFFFFF";
}

/** Fill and text colour for a status. */
export function statusStyle(colors: StatusColors, status: Status): { backgroundColor: string; color: string } {
  return { backgroundColor: colors[status], color: textOn(colors[status]) };
}
