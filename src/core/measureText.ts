/**
 * How much room text takes in the report font, to size wrapped rows: Times New Roman advance widths (the
 * Adobe Times-Roman metrics, which Times New Roman and Liberation Serif share), in thousandths of an em, for
 * the printable ASCII characters from the space (32) to "~" (126). A Vietnamese letter takes its base letter's
 * width (its marks sit above or below), "đ"/"ơ"/"ư" a little more.
 */
const ASCII = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
  722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500,
  444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480,
  200, 480, 541,
];
const OTHER: Record<string, number> = {
  đ: 500,
  Đ: 722,
  ơ: 540,
  Ơ: 780,
  ư: 560,
  Ư: 780,
  "“": 444,
  "”": 444,
  "‘": 333,
  "’": 333,
  "–": 500,
  "—": 1000,
  "…": 1000,
  "≥": 549,
  "≤": 549,
  "÷": 564,
  "×": 564,
  "−": 564,
  "‰": 1000,
  "€": 500,
  "£": 500,
};
/**
 * Widths of the BMP's characters met so far, by code (0: not yet measured): a letter is measured once. The printable
 * ASCII ones are set from the start, so that every character already known takes one look-up.
 */
const BMP = new Uint16Array(0x10000);
BMP.set(ASCII, 32);
/** Bold Times is about 5 % wider than regular. */
const BOLD = 1.05;
const cache = new Map<string, number>();

/** Width of one character in thousandths of an em. */
function advance(ch: string): number {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 32 && code <= 126) return ASCII[code - 32]!;
  const known = OTHER[ch] ?? cache.get(ch);
  if (known !== undefined) return known;
  const base = ch.normalize("NFD").charAt(0);
  const b = base.charCodeAt(0);
  const width = OTHER[base] ?? (b >= 32 && b <= 126 ? ASCII[b - 32]! : 500);
  cache.set(ch, width);
  return width;
}

/** Width of a text in points at the given font size. Example: `textPoints("Đạt", 13)` ≈ 17.3. */
export function textPoints(text: string, size: number, bold = false): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const known = BMP[code]!;
    if (known !== 0) units += known;
    // A character outside the BMP is two UTF-16 units: measured as one (and its halves never kept as letters).
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      units += advance(text.slice(i, i + 2));
      i++;
    } else {
      const width = advance(text.charAt(i));
      if (code < 0xd800 || code > 0xdbff) BMP[code] = width;
      units += width;
    }
  }
  return (units / 1000) * size * (bold ? BOLD : 1);
}

/** The widest character known, in thousandths of an em: no text is wider than its length times this. */
const WIDEST = Math.max(500, ...ASCII, ...Object.values(OTHER));

/**
 * How many characters, whatever they are, surely fit one line of `width` points at `size`, bold or not: a text of
 * one line no longer than this takes one line without being measured. Example: `surelyFitting(245, 13) === 16`.
 */
export function surelyFitting(width: number, size: number): number {
  return Math.max(0, Math.floor(width / ((WIDEST * size * BOLD) / 1000)) - 1);
}

/**
 * Lines a text takes when wrapped at word boundaries within `width` points, counting its own line breaks (a word
 * longer than the line is broken, as Excel and Word do). Example: at 13 pt a 230-point line holds about 50
 * characters of Vietnamese text.
 */
export function wrappedLines(text: string, width: number, size: number, bold = false): number {
  // Most lines fit however wide their letters are: those need no measuring.
  if (!text.includes("\n")) {
    const scale = (size * (bold ? BOLD : 1)) / 1000;
    if (text.length * WIDEST * scale <= width || textPoints(text, size, bold) <= width) return 1;
  }
  const space = textPoints(" ", size, bold);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      const w = textPoints(word, size, bold);
      const need = used === 0 ? w : used + space + w;
      if (need <= width || used === 0) {
        used = need;
        // A word wider than the whole line runs over as many lines as it needs.
        while (used > width && width > 0) {
          lines++;
          used -= width;
        }
      } else {
        lines++;
        used = w;
        while (used > width && width > 0) {
          lines++;
          used -= width;
        }
      }
    }
  }
  return Math.max(1, lines);
}

/**
 * A column's width in points from Excel character units, as Excel converts them with the Calibri 11 Normal font
 * (7 px a digit; ECMA-376 §18.3.1.13: px = trunc(((256 × w + trunc(128/7)) / 256) × 7); 0.75 pt a px).
 * Example: `columnPoints(52) === 273`.
 */
export function columnPoints(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7) * 0.75;
}

/**
 * The least column width, in Excel character units and at least `least`, that holds `points` of a line (the inverse
 * of `columnPoints`). Example: `widthFor(273) === 52`.
 */
export function widthFor(points: number, least = 1): number {
  let width = least;
  while (columnPoints(width) < points) width++;
  return width;
}

/** Points one indent level takes: three spaces of Calibri 11 (2.5 pt each), the Normal font (ECMA-376 §18.8.1). */
export const INDENT_POINTS = 7.5;
/** Points Excel keeps clear at each side of a cell's text. */
export const CELL_PADDING_POINTS = 2.25;
