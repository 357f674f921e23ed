import type { CellRange } from "./types";

const NAMES: string[] = [];

/** Column letters for a 0-based column index. Example: `columnName(27) === "AB"`. */
export function columnName(col: number): string {
  return (NAMES[col] ??= letters(col));
}

function letters(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A1 address of a 0-based cell. Example: `toA1(20, 2) === "C21"`. */
export function toA1(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnName(col)}${d}${row + 1}`;
}

/** A1 address of a range; a single cell gives "C21". Example: `rangeToA1({top:19,left:2,bottom:19,right:4}) === "C20:E20"`. */
export function rangeToA1(r: CellRange): string {
  const a = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${toA1(r.bottom, r.right)}`;
}

/** Parses "C21" or "$C$21" (0-based result), or null. Example: `parseA1("C21") → {row: 20, col: 2}`. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Parses "A1:C3" (or a single cell) into a 0-based range, or null. */
export function parseRange(address: string): CellRange | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const start = a ? parseA1(a) : null;
  const end = b ? parseA1(b) : start;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Quotes a sheet name for use in a reference. Example: `quoteSheet("Phụ lục") === "'Phụ lục'"`. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Whether two sheet names are the same to Excel: case-insensitive, NFC and NFD alike. Example: `sameSheetName("phụ lục", "Phụ lục")`. */
export function sameSheetName(a: string, b: string): boolean {
  return a === b || a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}
