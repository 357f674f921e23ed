/**
 * Compares two workbook models and returns one readable line per difference (empty when they match), so a failing
 * conformance test prints what differs, e.g. `"Báo cáo"!E21 formula "=E21" ≠ "=ROUND(…)"`.
 * What is compared: sheets (order, names, visibility), each cell's formula (or value when there is none) and
 * style, merges, conditional formats (areas in canonical form, order only where areas overlap, since only there
 * does precedence show), column widths (within `widthTolerance`), row heights, frozen rows, tab colour, print
 * setup, notes, and workbook-level names. A formula cell's cached value is not compared.
 */
import type { CellRange } from "../../src/core";
import { columnName, rangeToA1 } from "../../src/core";
import { canonicalAreas, intersects } from "./modelAreas";
import {
  keyCol,
  keyRow,
  type ModelCell,
  type ModelRule,
  type ModelSheet,
  type ModelStyle,
  type WorkbookModel,
} from "./workbookModel";

export interface CompareOptions {
  /** Column widths closer than this (characters) are equal: hosts that store widths in points round them. */
  widthTolerance?: number;
  /** At most this many lines, then a count of the rest. */
  maxLines?: number;
}

const show = (v: unknown) => JSON.stringify(v);
const DEFAULT_FONT = { name: "Calibri", size: 11 };
const areaText = (ranges: CellRange[]) => canonicalAreas(ranges).map(rangeToA1).join(" ");

function normalStyle(style: ModelStyle | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(style ?? {})) {
    // Excel shows no difference between a font that is not bold (italic) and one never set to be.
    if (v === undefined || (k === "numberFormat" && v === "General")) continue;
    if ((k === "bold" || k === "italic") && v === false) continue;
    // Nor between the workbook's default font (the Normal style's Calibri 11, as ExcelJS and Excel write new books)
    // and a cell set to it: the file bridge reads such a cell as having no font of its own.
    if ((k === "fontName" && v === DEFAULT_FONT.name) || (k === "fontSize" && v === DEFAULT_FONT.size)) continue;
    if (k === "borders") {
      if ((v as string[]).length) out[k] = [...(v as string[])].sort().join(",");
      continue;
    }
    out[k] = typeof v === "string" && /^#[0-9a-f]{6}$/i.test(v) ? v.toUpperCase() : v;
  }
  return out;
}

function cellDiffs(where: string, a: ModelCell | undefined, e: ModelCell | undefined): string[] {
  const out: string[] = [];
  if (a?.formula !== undefined || e?.formula !== undefined) {
    if (a?.formula !== e?.formula)
      out.push(`${where} formula ${show(a?.formula ?? a?.value ?? null)} ≠ ${show(e?.formula ?? e?.value ?? null)}`);
  } else if ((a?.value ?? null) !== (e?.value ?? null)) {
    out.push(`${where} value ${show(a?.value ?? null)} ≠ ${show(e?.value ?? null)}`);
  }
  const sa = normalStyle(a?.style);
  const se = normalStyle(e?.style);
  for (const k of new Set([...Object.keys(sa), ...Object.keys(se)]))
    if (show(sa[k]) !== show(se[k])) out.push(`${where} ${k} ${show(sa[k] ?? null)} ≠ ${show(se[k] ?? null)}`);
  return out;
}

const ruleText = (r: ModelRule) =>
  `${areaText(r.ranges)} ${r.formula} fill ${r.fill.toUpperCase()} font ${r.fontColor.toUpperCase()}${r.stopIfTrue ? " stop" : ""}`;

/**
 * The rules in a canonical order that keeps precedence where it matters: rules are grouped by overlapping areas
 * (transitively); each group keeps its order; groups are sorted by their text.
 */
function canonicalRules(rules: ModelRule[]): string[] {
  const group = rules.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  for (let i = 0; i < rules.length; i++)
    for (let j = i + 1; j < rules.length; j++)
      if (rules[i]!.ranges.some((a) => rules[j]!.ranges.some((b) => intersects(a, b)))) group[root(j)] = root(i);
  const groups = new Map<number, string[]>();
  rules.forEach((r, i) => (groups.get(root(i)) ?? groups.set(root(i), []).get(root(i))!).push(ruleText(r)));
  return [...groups.values()].sort((a, b) => (a.join("|") < b.join("|") ? -1 : 1)).flatMap((g) => g);
}

function sizeDiffs(
  a: Map<number, number>,
  e: Map<number, number>,
  tolerance: number,
  label: (i: number) => string,
): string[] {
  const out: string[] = [];
  for (const i of [...new Set([...a.keys(), ...e.keys()])].sort((x, y) => x - y)) {
    const x = a.get(i);
    const y = e.get(i);
    if (x === undefined || y === undefined || Math.abs(x - y) > tolerance)
      out.push(`${label(i)} ${x ?? "default"} ≠ ${y ?? "default"}`);
  }
  return out;
}

function sheetDiffs(a: ModelSheet, e: ModelSheet, options: Required<CompareOptions>): string[] {
  const out: string[] = [];
  const at = `"${e.name}"!`;
  const on = `"${e.name}":`;
  const keys = [...new Set([...a.cells.keys(), ...e.cells.keys()])].sort((x, y) => x - y);
  for (const k of keys) {
    const where = `${at}${rangeToA1({ top: keyRow(k), left: keyCol(k), bottom: keyRow(k), right: keyCol(k) })}`;
    out.push(...cellDiffs(where, a.cells.get(k), e.cells.get(k)));
  }
  const merges = (s: ModelSheet) => s.merges.map(rangeToA1).sort();
  if (show(merges(a)) !== show(merges(e))) out.push(`${on} merges ${show(merges(a))} ≠ ${show(merges(e))}`);
  const ra = canonicalRules(a.conditionalFormats);
  const re = canonicalRules(e.conditionalFormats);
  if (show(ra) !== show(re)) {
    out.push(`${on} conditional formats differ:`);
    for (const r of ra.filter((x) => !re.includes(x))) out.push(`    only in actual:   ${r}`);
    for (const r of re.filter((x) => !ra.includes(x))) out.push(`    only in expected: ${r}`);
    if (ra.every((x) => re.includes(x)) && re.every((x) => ra.includes(x)))
      out.push(`    same rules, other precedence: ${show(ra)} ≠ ${show(re)}`);
  }
  out.push(
    ...sizeDiffs(a.columnWidths, e.columnWidths, options.widthTolerance, (c) => `${on} column ${columnName(c)} width`),
  );
  out.push(...sizeDiffs(a.rowHeights, e.rowHeights, 0.01, (r) => `${on} row ${r + 1} height`));
  if (a.frozenRows !== e.frozenRows) out.push(`${on} frozen rows ${a.frozenRows} ≠ ${e.frozenRows}`);
  if ((a.tabColor?.toUpperCase() ?? null) !== (e.tabColor?.toUpperCase() ?? null))
    out.push(`${on} tab colour ${show(a.tabColor)} ≠ ${show(e.tabColor)}`);
  if (show(a.print) !== show(e.print)) out.push(`${on} print setup ${show(a.print)} ≠ ${show(e.print)}`);
  for (const k of [...new Set([...a.notes.keys(), ...e.notes.keys()])].sort((x, y) => x - y))
    if (a.notes.get(k) !== e.notes.get(k))
      out.push(
        `${at}${rangeToA1({ top: keyRow(k), left: keyCol(k), bottom: keyRow(k), right: keyCol(k) })} note ${show(a.notes.get(k) ?? null)} ≠ ${show(e.notes.get(k) ?? null)}`,
      );
  return out;
}

/**
 * Every difference between `actual` (an adapter's output) and `expected` (the oracle's), as readable lines.
 * Example: `expect(compareModels(dumpFakeWorkbook(host.workbook), oracle)).toEqual([])`.
 */
export function compareModels(actual: WorkbookModel, expected: WorkbookModel, options: CompareOptions = {}): string[] {
  const opts: Required<CompareOptions> = { widthTolerance: 0.15, maxLines: 60, ...options };
  const out: string[] = [];
  const sheets = (m: WorkbookModel) =>
    m.sheets.map((s) => `${s.name}${s.visibility === "visible" ? "" : ` (${s.visibility})`}`);
  if (show(sheets(actual)) !== show(sheets(expected)))
    out.push(`sheets ${show(sheets(actual))} ≠ ${show(sheets(expected))}`);
  for (const e of expected.sheets) {
    const a = actual.sheets.find((s) => s.name === e.name);
    if (a) out.push(...sheetDiffs(a, e, opts));
  }
  const names = (m: WorkbookModel) =>
    [...m.names]
      .sort((x, y) => (x.name.toLowerCase() < y.name.toLowerCase() ? -1 : 1))
      .map((n) => `${n.name} → ${n.sheet === null ? "" : `"${n.sheet}"!`}${n.ref}`);
  if (show(names(actual)) !== show(names(expected)))
    out.push(`names ${show(names(actual))} ≠ ${show(names(expected))}`);
  return out.length > opts.maxLines
    ? [...out.slice(0, opts.maxLines), `… and ${out.length - opts.maxLines} more differences`]
    : out;
}
