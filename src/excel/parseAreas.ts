import { parseRange, type CellRange } from "../core";

/**
 * Splits an Office.js address list such as "'Báo cáo, 2021'!A1:F1,'Báo cáo, 2021'!C19:E19" into ranges.
 * Commas and "!" inside a quoted sheet name are not separators ('' is an escaped quote).
 * Example: `parseAreas("Sheet1!A1:B2,Sheet1!D4")` → `[{top:0,left:0,bottom:1,right:1}, {top:3,left:3,bottom:3,right:3}]`.
 */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  let quoted = false;
  let cellsStart = 0;
  let start = 0;
  const flush = (end: number) => {
    const range = parseRange(address.slice(cellsStart, end).trim());
    if (range) out.push(range);
  };
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === "!") cellsStart = i + 1;
    else if (!quoted && ch === ",") {
      flush(i);
      start = i + 1;
      cellsStart = start;
    }
  }
  flush(address.length);
  return out;
}

/**
 * The sheet name of a reference such as "='Phụ lục'!$A$1" (quotes removed), or null when the reference
 * names no sheet or is broken ("#REF!"). Example: `sheetOfReference("'It''s'!$A$1") === "It's"`.
 */
export function sheetOfReference(reference: string): string | null {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  let quoted = false;
  let bang = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (!quoted && text[i] === "!") bang = i;
  }
  if (bang <= 0) return null;
  const sheet = text.slice(0, bang);
  if (sheet.includes("#REF")) return null;
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
