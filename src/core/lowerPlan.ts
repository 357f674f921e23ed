import { appendAll } from "./appendAll";
import { noteSteps, originalsSteps } from "./lowerOriginals";
import type { CellRange } from "./types";
import type { CellStyle, SheetPlan, WorkbookPlan } from "./planTypes";
import type { LoweredPlan, PreparedPart, WriteCapabilities, WriteNoticeCode, WriteStep } from "./writeStepTypes";

/** Consecutive indexes with the same size, as [first, last, size] runs. Example: widths 14, 14, 15 → [0,1,14],[2,2,15]. */
function runsOf<T>(
  entries: readonly T[],
  indexOf: (e: T) => number,
  sizeOf: (e: T) => number,
): [number, number, number][] {
  // Plans list their rows in order: sorted only when they are not (a generated sheet has 100,000 heights).
  let sorted = entries;
  for (let i = 1; i < entries.length; i++)
    if (indexOf(entries[i - 1]!) > indexOf(entries[i]!)) {
      sorted = [...entries].sort((a, b) => indexOf(a) - indexOf(b));
      break;
    }
  const runs: [number, number, number][] = [];
  for (const e of sorted) {
    const index = indexOf(e);
    const size = sizeOf(e);
    const last = runs[runs.length - 1];
    if (last && last[1] === index - 1 && last[2] === size) last[1] = index;
    else runs.push([index, index, size]);
  }
  return runs;
}

/** A style as the host can take it: without the indent where it has none (a style left empty is no step). */
function hostStyle(style: CellStyle, caps: WriteCapabilities): CellStyle | null {
  if (caps.indent || style.indent === undefined) return style;
  const { indent: _indent, ...rest } = style;
  return Object.keys(rest).length ? rest : null;
}

/** The steps of one sheet plan, in the order every adapter applies them: cells, formats, merges, colours, sizes. */
function sheetSteps(sheet: string, plan: SheetPlan, caps: WriteCapabilities): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const b of plan.blocks) steps.push({ op: "writeCells", sheet, top: b.top, left: b.left, cells: b.cells });
  for (const f of plan.formats) {
    const style = hostStyle(f.style, caps);
    if (style) steps.push({ op: "format", sheet, range: f.range, style });
  }
  if (caps.layout) for (const range of plan.merges) steps.push({ op: "merge", sheet, range });
  if (caps.conditionalFormats) {
    for (const cf of plan.conditionalFormats)
      steps.push({ op: "addConditionalFormat", sheet, range: cf.range, rules: cf.rules });
  } else {
    for (const f of plan.fallbackFormats) steps.push({ op: "format", sheet, range: f.range, style: f.style });
  }
  if (caps.layout) {
    for (const [first, last, width] of runsOf(
      plan.columnWidths,
      (w) => w.col,
      (w) => w.width,
    ))
      steps.push({ op: "columnWidth", sheet, first, last, width });
    for (const [first, last, height] of runsOf(
      plan.rowHeights,
      (h) => h.row,
      (h) => h.height,
    ))
      steps.push({ op: "rowHeight", sheet, first, last, height });
  }
  if (caps.sheetView && plan.freezeRows) steps.push({ op: "freezeRows", sheet, rows: plan.freezeRows });
  return steps;
}

/** What a rewritten generated sheet keeps because the host cannot reset it (sizes need ExcelApi 1.7 to reset). */
function keptParts(caps: WriteCapabilities): PreparedPart[] {
  const keep: PreparedPart[] = [];
  if (!caps.sheetView) keep.push("sizes", "frozenRows", "tabColor");
  if (!caps.printing) keep.push("printSetup");
  return keep;
}

/**
 * Lowers a plan into the ordered write steps both adapters interpret, for a host with the given capabilities.
 * First the originals sheet, so the officer's cells are kept before anything overwrites them (see
 * lowerOriginals). Then the source sheet: our earlier colours are cleared from the cells we colour (by overlap, so
 * a re-run after a row was added leaves no stale rule), then cells, formats, merges, conditional formats (or static
 * fills where the host has none), sizes, and our notes where the host has them. Then each generated sheet,
 * rewritten in place when an earlier run made it (so references to it survive; what the host cannot reset is
 * kept, see `keep`), with its tab colour, print setup and marker name.
 * Example: on ExcelApi 1.1 (no capabilities) the steps hold no conditional format and notices say "staticFills".
 */
export function lowerPlan(plan: WorkbookPlan, caps: WriteCapabilities): LoweredPlan {
  const notices = new Set<WriteNoticeCode>();
  const src = plan.source;
  const keep = keptParts(caps);
  const steps: WriteStep[] = originalsSteps(plan, caps, keep);
  const coloured: CellRange[] = src.conditionalFormats.map((cf) => cf.range);
  if (caps.conditionalFormats && coloured.length)
    steps.push({ op: "clearConditionalFormats", sheet: src.sheet, ranges: coloured });
  else if (!caps.conditionalFormats && coloured.length) notices.add("staticFills");
  // Appended one by one: spread as arguments, 100,000 steps would overflow the call stack.
  appendAll(steps, sheetSteps(src.sheet, src, caps));
  appendAll(steps, noteSteps(plan, caps));

  for (const g of plan.generated) {
    steps.push({
      op: "prepareSheet",
      sheet: g.name,
      role: g.role,
      replaces: g.replaces,
      ...(keep.length ? { keep } : {}),
    });
    appendAll(steps, sheetSteps(g.name, g, caps));
    if (caps.sheetView && g.tabColor) steps.push({ op: "tabColor", sheet: g.name, color: g.tabColor });
    if (caps.printing) steps.push({ op: "printSetup", sheet: g.name, setup: g.print });
    if (caps.names) steps.push({ op: "setMarker", name: plan.markers[g.role], sheet: g.name });
  }
  if (!caps.printing && plan.generated.length) notices.add("noPrintSettings");
  if (!caps.names && plan.generated.length) notices.add("noNames");
  if (!caps.layout) notices.add("noLayout");
  return { steps, notices: [...notices] };
}
