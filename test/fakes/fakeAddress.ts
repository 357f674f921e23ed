/**
 * A1 addresses for the fake host, written independently of the engine's helpers so the fake can check them.
 */
import type { Rect } from "./fakeModel";

/** Column letters of a 0-based column ("A", "AB"). */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseCell(text: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?([0-9]{1,7})$/i.exec(text.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  if (row < 1 || row > 1048576 || col > 16384) return null;
  return { row: row - 1, col: col - 1 };
}

/**
 * Parses "B2", "A1:C3", "A:C" (whole columns) or "2:4" (whole rows), without a sheet part; null when invalid.
 */
export function parseAddress(address: string): Rect | null {
  const parts = address.split(":");
  if (parts.length > 2) return null;
  const [a, b = a] = parts as [string, string?];
  const cols = /^\$?([A-Z]{1,3})$/i;
  const rows = /^\$?([0-9]{1,7})$/;
  if (cols.test(a) && cols.test(b!)) {
    const l = parseCell(`${a.replace(/\$/g, "")}1`);
    const r = parseCell(`${b!.replace(/\$/g, "")}1`);
    return l && r ? { top: 0, left: Math.min(l.col, r.col), bottom: 1048575, right: Math.max(l.col, r.col) } : null;
  }
  if (rows.test(a) && rows.test(b!)) {
    const t = Number(a.replace(/\$/g, "")) - 1;
    const u = Number(b!.replace(/\$/g, "")) - 1;
    return t >= 0 && u >= 0 ? { top: Math.min(t, u), left: 0, bottom: Math.max(t, u), right: 16383 } : null;
  }
  const s = parseCell(a);
  const e = parseCell(b!);
  if (!s || !e) return null;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

/** "A1" or "A1:C3" for a rectangle, without a sheet part. */
export function formatAddress(r: Rect): string {
  const a = `${columnLetters(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${columnLetters(r.right)}${r.bottom + 1}`;
}

/** Quotes a sheet name the way Excel does in addresses. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'Sheet 1'!$A$1" (with or without "=") into the unquoted sheet name and the cell part. */
export function splitReference(formula: string): { sheet: string; cells: string } | null {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: text.slice(bang + 1) };
}

/** Whether two rectangles share a cell. */
export const intersects = (a: Rect, b: Rect): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
