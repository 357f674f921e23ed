/**
 * A fast pass over a worksheet's `<sheetData>` (ECMA-376 Part 1 §18.3.1.80): rows (§18.3.1.73) and their cells
 * (§18.3.1.4) with the parts of a cell the reader needs — its type, style, value, formula and inline text. Written
 * against character codes rather than a general XML parser, since a sheet can hold millions of tags.
 * The tags inside sheetData are: row > c > (f | v | is > (t | r > (rPr, t) | rPh > t | phoneticPr) | extLst).
 */
import { decodeXml, decodeXstring } from "../xml/xmlText";

export interface RawCell {
  row: number;
  col: number;
  /** The `r` attribute was missing (the cell follows the previous one). */
  implicit: boolean;
  /** Where the `<c>` element starts and ends in the text. */
  start: number;
  end: number;
  t: string | undefined;
  s: number;
  /** `<v>`'s text, decoded; undefined when absent. */
  v: string | undefined;
  /** Inline string text (runs joined, phonetic runs left out), decoded; undefined when absent or empty. */
  inline: string | undefined;
  /** `<f>`'s text, its `t`, `si` and `ref`; `f` undefined when the cell has no `<f>`. */
  f: string | undefined;
  fType: string | undefined;
  fSi: string | undefined;
  fRef: string | undefined;
}

export interface RowSink {
  row(row: number, start: number, end: number, implicit: boolean): void;
  cell(cell: RawCell): void;
}

/** 0-based column of an A1 reference's letters ("AB12" → 27). */
export function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c !== 36) break;
  }
  return col - 1;
}

// Attributes of the tag last read (only those the reader uses).
let aR: string | undefined;
let aS: string | undefined;
let aT: string | undefined;
let aSi: string | undefined;
let aRef: string | undefined;

/** Reads the attributes between `from` and the tag's end; returns the index after ">" (-1 if unterminated). */
function readAttrs(xml: string, from: number): number {
  aR = aS = aT = aSi = aRef = undefined;
  let i = from;
  const n = xml.length;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
    if (c === 62) return i + 1;
    if (c === 47) return xml.indexOf(">", i) + 1;
    if (i >= n) return -1;
    const nameStart = i;
    while (i < n && (c = xml.charCodeAt(i)) !== 61 && c !== 32 && c !== 62 && c !== 47) i++;
    const nameEnd = i;
    while (i < n && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) {
      if (xml.charCodeAt(i) === 62) return i + 1;
      i++;
    }
    const quote = xml.charCodeAt(i);
    const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0) return -1;
    const len = nameEnd - nameStart;
    if (len <= 3) {
      const name = xml.slice(nameStart, nameEnd);
      const raw = xml.slice(i + 1, close);
      const value = raw.includes("&") ? decodeXml(raw) : raw;
      if (name === "r") aR = value;
      else if (name === "s") aS = value;
      else if (name === "t") aT = value;
      else if (name === "si") aSi = value;
      else if (name === "ref") aRef = value;
    }
    i = close + 1;
  }
}

const selfClosing = (xml: string, end: number) => xml.charCodeAt(end - 2) === 47;

/**
 * Calls the sink for every row and cell between `from` and `to` (the inside of `<sheetData>`). The cell object is
 * reused from one cell to the next: a sink copies what it keeps.
 */
export function scanSheetData(xml: string, from: number, to: number, prefix: string, sink: RowSink): void {
  const scratch: RawCell = { row: 0, col: 0, implicit: false, start: 0, end: 0, t: undefined, s: 0 } as RawCell;
  const skip = prefix.length;
  let row = -1;
  let rowStart = -1;
  let rowImplicit = false;
  let col = -1;
  let cell: RawCell | null = null;
  let inIs = false;
  let phonetic = 0;
  let p = from;
  for (;;) {
    const lt = xml.indexOf("<", p);
    if (lt < 0 || lt >= to) break;
    const first = xml.charCodeAt(lt + 1);
    if (first === 33 || first === 63) {
      // A comment or processing instruction inside sheetData (legal, never written by Excel).
      const close = xml.startsWith("<!--", lt) ? xml.indexOf("-->", lt) + 3 : xml.indexOf(">", lt) + 1;
      p = close > 0 ? close : to;
      continue;
    }
    const closing = first === 47;
    let i = closing ? lt + 2 : lt + 1;
    const nameStart = i;
    let c = xml.charCodeAt(i);
    while (c !== 32 && c !== 62 && c !== 47 && c !== 9 && c !== 10 && c !== 13 && i < to) c = xml.charCodeAt(++i);
    const local = xml.slice(nameStart + (skip && xml.startsWith(prefix, nameStart) ? skip : 0), i);
    if (closing) {
      p = xml.indexOf(">", i) + 1;
      if (local === "c" && cell) {
        cell.end = p;
        sink.cell(cell);
        cell = null;
      } else if (local === "row") sink.row(row, rowStart, p, rowImplicit);
      else if (local === "is") inIs = false;
      else if (local === "rPh") phonetic--;
      continue;
    }
    const end = readAttrs(xml, i);
    if (end < 0) break;
    p = end;
    const empty = selfClosing(xml, end);
    switch (local) {
      case "row":
        row = aR !== undefined ? parseInt(aR, 10) - 1 : row + 1;
        rowImplicit = aR === undefined;
        rowStart = lt;
        col = -1;
        if (empty) sink.row(row, lt, end, rowImplicit);
        break;
      case "c": {
        const implicit = aR === undefined;
        col = implicit ? col + 1 : columnOfRef(aR!);
        cell = scratch;
        cell.row = row;
        cell.col = col;
        cell.implicit = implicit;
        cell.start = lt;
        cell.end = end;
        cell.t = aT;
        cell.s = aS !== undefined ? parseInt(aS, 10) || 0 : 0;
        cell.v = cell.inline = cell.f = cell.fType = cell.fSi = cell.fRef = undefined;
        inIs = false;
        phonetic = 0;
        if (empty) {
          sink.cell(cell);
          cell = null;
        }
        break;
      }
      case "v":
        if (cell) {
          if (empty) cell.v = "";
          else {
            const close = xml.indexOf("<", end);
            const raw = xml.slice(end, close);
            cell.v = raw.includes("&") ? decodeXml(raw) : raw;
            p = close;
          }
        }
        break;
      case "f":
        if (cell) {
          cell.fType = aT;
          cell.fSi = aSi;
          cell.fRef = aRef;
          if (empty) cell.f = "";
          else {
            const close = xml.indexOf("<", end);
            cell.f = decodeXml(xml.slice(end, close));
            p = close;
          }
        }
        break;
      case "is":
        if (!empty) inIs = true;
        break;
      case "rPh":
        if (!empty) phonetic++;
        break;
      case "t":
        if (cell && inIs && phonetic === 0 && !empty) {
          const close = xml.indexOf("<", end);
          const chunk = decodeXstring(decodeXml(xml.slice(end, close)));
          if (chunk !== "") cell.inline = (cell.inline ?? "") + chunk;
          p = close;
        }
        break;
      default:
        break;
    }
  }
}
