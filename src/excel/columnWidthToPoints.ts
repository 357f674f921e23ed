/**
 * Column widths: the plan gives Excel character units (the `width` stored in the file, as ExcelJS writes it);
 * Office.js `format.columnWidth` takes points. With the default font (Calibri 11) one digit is 7 px wide, and
 * ECMA-376 §18.3.1.13 gives pixels = trunc(((256 × width + trunc(128 / 7)) / 256) × 7); a point is 0.75 px at 96 dpi.
 * Example: `columnWidthToPoints(13) === 68.25` (91 px), `columnWidthToPoints(8.43) === 44.25` (59 px).
 */
export function columnWidthToPoints(width: number): number {
  const digit = 7;
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / digit)) / 256) * digit);
  return pixels * 0.75;
}
