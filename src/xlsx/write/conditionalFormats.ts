/**
 * Conditional formats of a sheet (ECMA-376 Part 1 §18.3.1.18 conditionalFormatting, §18.3.1.10 cfRule), and their
 * Excel 2010 extension (MS-XLSX §2.6.2 x14:conditionalFormatting, in the sheet's extLst). Clearing cells takes them
 * out of each rule's applies-to area (`sqref`, `xm:sqref`) and leaves the rest of the rule as it was; a rule's
 * relative formulas refer to the top-left cell of its area, so when that cell moves they are moved with it.
 * New rules get priorities after every existing one (§18.3.1.10 priority: lower numbers go first), never tied.
 */
import { rangeToA1, type CellRange, type PlanConditionalRule } from "../../core";
import { decodeXml, escapeText } from "../xml/xmlText";
import { boundingBox, formatSqref, parseSqref, subtractAll } from "./rangeMath";
import type { ConditionalOp } from "./sheetEdit";
import { shiftFormula } from "./shiftFormula";

export interface CfBlock {
  ranges: CellRange[];
  /** Original text, or with the areas changed; null for a block we add (rendered from `rules`). */
  text: string | null;
  rules?: PlanConditionalRule[];
  range?: CellRange;
  /** The position of the block it came from, among those read. */
  origin?: number;
}

/** The cell formulas are relative to: the top-left cell of the top-most, then left-most area. */
function anchor(ranges: CellRange[]): { row: number; col: number } | null {
  const first = [...ranges].sort((a, b) => a.top - b.top || a.left - b.left)[0];
  return first ? { row: first.top, col: first.left } : null;
}

/** A block's text with new areas, its formulas moved when the anchor cell moved. */
function withAreas(text: string, before: CellRange[], after: CellRange[], x14: boolean): string {
  const a = anchor(before);
  const b = anchor(after);
  let out = x14
    ? text.replace(/(<(?:[\w.-]+:)?sqref>)[^<]*(<\/)/, `$1${formatSqref(after)}$2`)
    : text.replace(/(\ssqref\s*=\s*)("[^"]*"|'[^']*')/, `$1"${formatSqref(after)}"`);
  if (a && b && (a.row !== b.row || a.col !== b.col)) {
    const tag = x14 ? "f" : "formula";
    out = out.replace(
      new RegExp(`(<((?:[\\w.-]+:)?${tag})>)([^<]*)(</\\2>)`, "g"),
      (_, open: string, _name: string, body: string, close: string) =>
        `${open}${escapeText(shiftFormula(decodeXml(body), b.row - a.row, b.col - a.col))}${close}`,
    );
  }
  return out;
}

/** The highest `priority` of any rule in these texts (0 when none). */
export function maxPriority(texts: string[]): number {
  let max = 0;
  for (const t of texts)
    for (const m of t.matchAll(/\spriority\s*=\s*["'](\d+)["']/g)) max = Math.max(max, Number(m[1]));
  return max;
}

export function parseBlock(text: string, x14: boolean, origin?: number): CfBlock {
  const sqref = x14
    ? (/<(?:[\w.-]+:)?sqref>([^<]*)</.exec(text)?.[1] ?? "")
    : (/\ssqref\s*=\s*(?:"([^"]*)"|'([^']*)')/
        .exec(text)
        ?.slice(1)
        .find((v) => v !== undefined) ?? "");
  return { ranges: parseSqref(sqref), text, ...(origin !== undefined ? { origin } : {}) };
}

/**
 * Applies clear and add operations in order. `main` are the sheet's conditionalFormatting blocks, `x14` its
 * extension blocks; the result says, for each list, the blocks now (or null when unchanged).
 */
export function applyConditionalOps(main: CfBlock[], x14: CfBlock[], ops: ConditionalOp[]) {
  let m = main;
  let x = x14;
  let mainChanged = false;
  let x14Changed = false;
  const clearFrom = (blocks: CfBlock[], ranges: CellRange[], isX14: boolean): CfBlock[] | null => {
    let changed = false;
    const out: CfBlock[] = [];
    for (const b of blocks) {
      const left = subtractAll(b.ranges, ranges);
      if (left === null) {
        out.push(b);
        continue;
      }
      changed = true;
      if (!left.length) continue;
      out.push(
        b.text === null
          ? { ...b, ranges: left }
          : { ...b, ranges: left, text: withAreas(b.text, b.ranges, left, isX14) },
      );
    }
    return changed ? out : null;
  };
  for (const op of ops) {
    if (op.kind === "clear") {
      const nm = clearFrom(m, op.ranges, false);
      if (nm) {
        m = nm;
        mainChanged = true;
      }
      const nx = clearFrom(x, op.ranges, true);
      if (nx) {
        x = nx;
        x14Changed = true;
      }
    } else {
      m = [...m, { ranges: [op.range], text: null, rules: op.rules, range: op.range }];
      mainChanged = true;
    }
  }
  return { main: mainChanged ? m : null, x14: x14Changed ? x : null };
}

/** Our rules of a block: expression rules, stop if true (§18.3.1.10), colours through a dxf. */
export function renderBlock(
  p: string,
  b: CfBlock,
  priority: () => number,
  dxf: (rule: PlanConditionalRule) => number,
): string {
  if (b.text !== null) return b.text;
  const areas = b.ranges.length ? formatSqref(b.ranges) : rangeToA1(boundingBox(b.ranges)!);
  const rules = (b.rules ?? [])
    .map(
      (r) =>
        `<${p}cfRule type="expression" dxfId="${dxf(r)}" priority="${priority()}" stopIfTrue="1"><${p}formula>${escapeText(r.formula)}</${p}formula></${p}cfRule>`,
    )
    .join("");
  return `<${p}conditionalFormatting sqref="${areas}">${rules}</${p}conditionalFormatting>`;
}
