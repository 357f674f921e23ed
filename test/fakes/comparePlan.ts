/**
 * Checks a fake sheet against the sheet plan that was written to it, independently of the adapter:
 * returns one line per difference (empty when everything matches), so a failing test prints what differs.
 */
import type { CellStyle, SheetPlan } from "../../src/core";
import { formatAddress } from "./fakeAddress";
import type { FakeSheet, FakeStyle } from "./fakeModel";

/** What the host could do, and the width conversion to expect. */
export interface CompareOptions {
  /** The host had conditional formats (ExcelApi 1.6); otherwise the fallback fills are expected instead. */
  conditional: boolean;
  /** The host had merges and sizes (ExcelApi 1.2). */
  layout: boolean;
  /** Column width in points for a width in characters (the conversion under test is passed in). */
  widthToPoints: (width: number) => number;
}

const HORIZONTAL: Record<string, string> = { left: "Left", center: "Center", right: "Right" };
const VERTICAL: Record<string, string> = { top: "Top", middle: "Center", bottom: "Bottom" };

function expectedStyles(plan: SheetPlan, conditional: boolean): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  const formats = conditional ? plan.formats : [...plan.formats, ...plan.fallbackFormats];
  for (const f of formats) {
    for (let r = f.range.top; r <= f.range.bottom; r++) {
      for (let c = f.range.left; c <= f.range.right; c++) {
        const key = `${r},${c}`;
        styles.set(key, { ...styles.get(key), ...f.style });
      }
    }
  }
  return styles;
}

function styleDiffs(actual: FakeStyle | undefined, numberFormat: string | undefined, want: CellStyle): string[] {
  const a = actual ?? {};
  const out: string[] = [];
  const check = (name: string, got: unknown, expected: unknown) => {
    if (expected !== undefined && got !== expected)
      out.push(`${name} ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
  };
  check("font", a.fontName, want.fontName);
  check("size", a.fontSize, want.fontSize);
  check("bold", a.bold, want.bold);
  check("italic", a.italic, want.italic);
  check("fontColor", a.fontColor, want.fontColor?.toUpperCase());
  check("fill", a.fill, want.fill?.toUpperCase());
  check("horizontal", a.horizontal, want.horizontal && HORIZONTAL[want.horizontal]);
  check("vertical", a.vertical, want.vertical && VERTICAL[want.vertical]);
  check("wrap", a.wrap, want.wrap);
  check("numberFormat", numberFormat, want.numberFormat);
  if (want.border) {
    const b = a.borders ?? {};
    if (!(b.top && b.bottom && b.left && b.right)) out.push(`borders ${JSON.stringify(b)}`);
  }
  return out;
}

/** Every difference between the sheet and the plan, as readable lines (empty when they match). */
export function comparePlan(sheet: FakeSheet, plan: SheetPlan, options: CompareOptions): string[] {
  const out: string[] = [];
  const at = (r: number, c: number) => `${sheet.name}!${formatAddress({ top: r, left: c, bottom: r, right: c })}`;
  for (const block of plan.blocks) {
    block.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell === null) return;
        const r = block.top + i;
        const c = block.left + j;
        const got = sheet.cell(r, c);
        if (cell.formula) {
          if (got?.formula !== `=${cell.formula}`)
            out.push(`${at(r, c)} formula ${JSON.stringify(got?.formula)} ≠ "=${cell.formula}"`);
          return;
        }
        const want = cell.value === "" ? null : cell.value;
        if ((got?.value ?? null) !== want || got?.formula !== undefined)
          out.push(`${at(r, c)} value ${JSON.stringify(got?.formula ?? got?.value)} ≠ ${JSON.stringify(want)}`);
        if (typeof want === "string" && !got?.quotePrefix) out.push(`${at(r, c)} text written without an apostrophe`);
      }),
    );
  }
  for (const [key, want] of expectedStyles(plan, options.conditional)) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    const cell = sheet.cell(r, c);
    for (const d of styleDiffs(cell?.style, cell?.numberFormat, want)) out.push(`${at(r, c)} ${d}`);
  }
  if (options.layout) {
    for (const m of plan.merges) {
      if (
        !sheet.merges.some((x) => x.top === m.top && x.left === m.left && x.bottom === m.bottom && x.right === m.right)
      ) {
        out.push(`${sheet.name}!${formatAddress(m)} not merged`);
      }
    }
    for (const w of plan.columnWidths) {
      const got = sheet.columnWidths.get(w.col);
      if (got !== options.widthToPoints(w.width))
        out.push(`column ${w.col} width ${got} ≠ ${options.widthToPoints(w.width)}`);
    }
    for (const h of plan.rowHeights) {
      if (sheet.rowHeights.get(h.row) !== h.height)
        out.push(`row ${h.row + 1} height ${sheet.rowHeights.get(h.row)} ≠ ${h.height}`);
    }
  }
  if (options.conditional) {
    for (const cf of plan.conditionalFormats) {
      const got = sheet.conditionalFormats.filter(
        (f) =>
          f.ranges.length === 1 &&
          f.ranges[0]!.top === cf.range.top &&
          f.ranges[0]!.left === cf.range.left &&
          f.ranges[0]!.bottom === cf.range.bottom &&
          f.ranges[0]!.right === cf.range.right,
      );
      const want = cf.rules.map((r) => ({
        formula: `=${r.formula}`,
        fill: r.fill.toUpperCase(),
        fontColor: r.fontColor.toUpperCase(),
        stopIfTrue: true,
      }));
      const seen = got.map((f) => ({
        formula: f.formula,
        fill: f.fill,
        fontColor: f.fontColor,
        stopIfTrue: f.stopIfTrue,
      }));
      if (JSON.stringify(seen) !== JSON.stringify(want))
        out.push(`${sheet.name}!${formatAddress(cf.range)} rules ${JSON.stringify(seen)} ≠ ${JSON.stringify(want)}`);
    }
  }
  return out;
}
