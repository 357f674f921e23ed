/**
 * The page of an administrative document per Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức và kỹ thuật trình bày
 * văn bản hành chính): A4 portrait; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New
 * Roman 13–14; paragraphs indented 1–1.27 cm on the first line, at least 6 pt apart. The smallest allowed
 * margins give the widest table.
 */
export const REPORT_PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  fontName: "Times New Roman",
  fontSizePt: 13,
  titleSizePt: 14,
  firstLineIndentMm: 12.7,
  paragraphAfterPt: 6,
} as const;

const POINTS_PER_MM = 72 / 25.4;

/** Width of the text area in points (A4 less the side margins): 165 mm ≈ 467.7 pt. */
export const TEXT_WIDTH_PT =
  (REPORT_PAGE.widthMm - REPORT_PAGE.marginMm.left - REPORT_PAGE.marginMm.right) * POINTS_PER_MM;

/** Millimetres in twentieths of a point (twips), the unit of .docx page and table sizes. */
export const mmToTwips = (mm: number): number => Math.round(mm * POINTS_PER_MM * 20);

/** Points per indent level of a cell (Excel's indent is about three characters of the body font). */
export const INDENT_PT = 10;

/**
 * Column widths scaled to fill `total` in proportion to the plan's widths, rounded so they add up exactly.
 * Example: `scaleWidths([1, 3], 100) → [25, 75]`.
 */
export function scaleWidths(widths: number[], total: number): number[] {
  const sum = widths.reduce((a, w) => a + w, 0) || 1;
  const scaled = widths.map((w) => Math.floor((w / sum) * total));
  const rest = total - scaled.reduce((a, w) => a + w, 0);
  if (scaled.length) scaled[scaled.length - 1]! += rest;
  return scaled;
}
