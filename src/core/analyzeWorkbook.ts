import { sameSheetName, toA1 } from "./a1";
import { headerOf } from "./headerOf";
import { appendAll, joinAll } from "./appendAll";
import { chooseDecimals } from "./chooseDecimals";
import { countMethods } from "./describeMethod";
import { findTable, findTables } from "./findTable";
import { inferMethod, type JudgedDrafts } from "./inferMethod";
import { gapInPoints } from "./readNotedGap";
import { discrepancyNames, indicatorNamer } from "./nameIndicator";
import { directionContext } from "./decideDirection";
import { judgeRows, prepareDrafts } from "./judgeRows";
import { auditDrafts } from "./auditDrafts";
import { readsAsFractions, scaleFractions } from "./readFractionRates";
import { readsAsGaps } from "./readGapColumn";
import { outlineRows, type Outline } from "./outlineRows";
import { readRows, type DraftRow } from "./readRows";
import { SheetAccess } from "./sheetAccess";
import { summarize } from "./summarize";
import type {
  AnalyzeOptions,
  Analysis,
  EngineErrorCode,
  ColumnMapping,
  Method,
  MethodReason,
  Result,
  SheetGrid,
  TableLayout,
  Warning,
  WorkbookGrid,
} from "./types";
import { linesAbove } from "./readShare";
import { warnOtherPeriods } from "./warnOtherPeriods";
import { writeNarrative } from "./writeNarrative";

const fail = (code: EngineErrorCode, params = {}) => ({ ok: false, error: { code, params } }) as const;

type Picked = { grid: SheetGrid; table: TableLayout; tables: TableLayout[] };

function pickTable(grid: SheetGrid, options: AnalyzeOptions): Result<Picked> | null {
  if (options.headerRow !== undefined) {
    const table = findTable(grid, options.headerRow);
    return table ? { ok: true, value: { grid, table, tables: [table] } } : null;
  }
  const tables = findTables(grid);
  if (tables.length === 0) return null;
  const index = options.table ?? 0;
  const table = tables[index];
  if (!table) return fail("tableNotFound", { sheet: grid.name, table: index + 1, count: tables.length });
  return { ok: true, value: { grid, table, tables } };
}

function pickSheet(workbook: WorkbookGrid, options: AnalyzeOptions): Result<Picked> {
  if (workbook.sheets.length === 0) return fail("noSheets");
  if (options.sheet !== undefined) {
    const grid =
      workbook.sheets.find((s) => s.name === options.sheet) ??
      workbook.sheets.find((s) => sameSheetName(s.name, options.sheet!));
    if (!grid)
      return fail("sheetNotFound", { sheet: options.sheet, available: workbook.sheets.map((s) => s.name).join(", ") });
    return pickTable(grid, options) ?? fail("noTable", { sheet: grid.name });
  }
  const generated = new Set(Object.values(workbook.generated ?? {}));
  for (const grid of workbook.sheets) {
    if (generated.has(grid.name)) continue;
    const picked = pickTable(grid, options);
    if (picked) return picked;
  }
  return fail("noTable", { sheet: "" });
}

/* The loops over every row live in functions of their own (V8 keeps them optimised apart from the entry point), and
 * large arrays are joined element by element: no flatMap, nor a push(...) spread, which overflows the stack on a
 * large table. */

/** Live formulas follow the first table's columns only: a repeated table's lines get values. */
function valuesOnly(draftRows: readonly DraftRow[]): void {
  for (let i = 0; i < draftRows.length; i++) {
    const r = draftRows[i]!;
    if (r.kind === "indicator") r.indicator.formulaSafe = false;
  }
}

/** Each indicator is still being built here: its place in the outline is filled in last. */
function placeInOutline(outline: Outline): void {
  const nodes = outline.nodes;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.row.kind === "indicator") n.row.indicator.parentRow = n.parent >= 0 ? nodes[n.parent]!.row.row : null;
  }
}

function kindsUsed(units: readonly { kind: string }[]): Set<string> {
  const used = new Set<string>();
  for (let i = 0; i < units.length; i++) used.add(units[i]!.kind);
  return used;
}

/** The lines of several tables scored together, in order. */
const joinJudged = (parts: readonly JudgedDrafts[]): JudgedDrafts => ({
  drafts: joinAll(parts.map((p) => p.drafts)),
  units: joinAll(parts.map((p) => p.units)),
  dirs: joinAll(parts.map((p) => p.dirs)),
});

/** The table's predominant method (most indicators; a tie goes to points) and the reason of its kind. */
function predominant(
  indicators: { method: Method }[],
  reasons: MethodReason[],
  percentHint: boolean,
): { method: Method; reason: MethodReason } {
  const { points } = countMethods(indicators);
  const method: Method =
    indicators.length === 0
      ? percentHint
        ? "points"
        : "ratio"
      : points * 2 >= indicators.length && points > 0
        ? "points"
        : "ratio";
  // Reported rates compared for every kind of unit count together, as one table's evidence.
  const reported = reasons.filter((r) => r.kind === "reported");
  const reason: MethodReason =
    reported.length > 0
      ? reported.reduce((a, r) => ({
          kind: "reported",
          points: a.points + r.points,
          ratio: a.ratio + r.ratio,
          compared: a.compared + r.compared,
        }))
      : (reasons[0] ?? { kind: "default" });
  return { method, reason };
}

function applyMapping(table: TableLayout, mapping: Partial<ColumnMapping> | undefined): Result<TableLayout> {
  if (!mapping || Object.keys(mapping).length === 0) return { ok: true, value: table };
  const columns: ColumnMapping = { ...table.columns };
  for (const [role, col] of Object.entries(mapping) as [keyof ColumnMapping, number | undefined][]) {
    if (col === undefined) continue;
    if (!Number.isInteger(col) || col < 0 || col > 16383)
      return fail("badMapping", { role, reason: "outOfRange", detail: String(col) });
    // A column moved to a new role leaves its old role.
    for (const other of Object.keys(columns) as (keyof ColumnMapping)[]) {
      if (other !== role && columns[other] === col && other !== "label" && other !== "target" && other !== "result")
        delete columns[other];
    }
    columns[role] = col;
  }
  // A table without a target column keeps its result in the target role until the user names a target.
  const required = [
    columns.label,
    table.noTarget && mapping.target === undefined ? -1 : columns.target,
    table.noResult && mapping.result === undefined ? -2 : columns.result,
  ];
  if (new Set(required).size < 3)
    return fail("badMapping", { role: "label/target/result", reason: "duplicate", detail: "" });
  const lastColumn = Math.max(table.lastColumn, ...Object.values(columns).filter((c): c is number => c !== undefined));
  const value: TableLayout = { ...table, columns, lastColumn };
  // A target column the user chose is the target, whatever its period.
  if (mapping.target !== undefined) {
    delete value.targetNextPeriod;
    delete value.noTarget;
  }
  if (mapping.result !== undefined) delete value.noResult;
  return { ok: true, value };
}

/**
 * Reads the chosen sheet (or the first sheet with a table), scores every indicator and summarises.
 * Errors are values: no sheets, an unknown sheet, no recognisable table, a bad mapping or option.
 * Example: on the sample report it infers `points`, and "+ Cá nhân:" (20 → 28) gets 108 against a reported 180.
 */
export function analyzeWorkbook(workbook: WorkbookGrid, options: AnalyzeOptions = {}): Result<Analysis> {
  const asked = options.decimals ?? "auto";
  if (asked !== "auto" && (!Number.isInteger(asked) || asked < 0 || asked > 6))
    return fail("badOption", { option: "decimals", detail: String(asked) });
  if (options.table !== undefined && (!Number.isInteger(options.table) || options.table < 0))
    return fail("badOption", { option: "table", detail: String(options.table + 1) });
  const picked = pickSheet(workbook, options);
  if (!picked.ok) return picked;
  const mapped = applyMapping(picked.value.table, options.mapping);
  if (!mapped.ok) return mapped;
  let table = mapped.value;
  const warnings: Warning[] = [...(table.warnings ?? [])];
  const sheet = new SheetAccess(picked.value.grid);
  // Tables that repeat this one's value headers at other columns are scored with it, each by its own columns.
  const parts = [table, ...picked.value.tables.filter((t) => t.continues === table.index && t !== table)].map((t) => {
    if (t !== table) appendAll(warnings, t.warnings);
    const draftRows = readRows(sheet, t, warnings);
    auditDrafts(draftRows, t, warnings);
    // The repeated table's caption (its title, else its label header) heads its lines, as a block's caption does.
    const caption = t === table ? "" : (t.title ?? headerOf(t, t.columns.label));
    if (caption) draftRows.unshift({ kind: "heading", row: t.headerTop, number: "", label: caption, depth: 0 });
    // Live formulas follow the first table's columns only: the others get values.
    if (t !== table) valuesOnly(draftRows);
    return { table: t, draftRows, judged: prepareDrafts(draftRows, t, options.directions, directionContext(t, sheet)) };
  });
  const judged = parts.length === 1 ? parts[0]!.judged : joinJudged(parts.map((p) => p.judged));
  // Rates typed as fractions (1,05 for 105 %) are read as rates, with a warning.
  const rateCol = table.columns.attainment;
  const rateHeader = headerOf(table, rateCol);
  const warnRateColumn = (code: "reportedFractions" | "reportedGaps", col: number) =>
    warnings.push({ code, address: toA1(table.headerBottom, col), row: null, params: { header: rateHeader } });
  if (rateCol !== undefined && readsAsFractions(judged)) {
    scaleFractions(judged.drafts);
    warnRateColumn("reportedFractions", rateCol);
  }
  // A column of gaps to the target ("Value vs Target") tells no rate: the method is chosen as if none were reported.
  const gaps = readsAsGaps(judged);
  if (gaps && rateCol !== undefined) {
    warnRateColumn("reportedGaps", rateCol);
    table = { ...table, gapsKept: true };
  }
  const choices = inferMethod(
    gaps ? { ...judged, drafts: judged.drafts.map((d) => ({ ...d, reported: null })) } : judged,
    options.method ?? "auto",
  );
  for (const kind of ["percent", "unknown", "amount"] as const) {
    const unclear = choices[kind].unclear;
    if (unclear && judged.units.some((u) => u.kind === kind))
      warnings.push({ code: "methodUnclear", address: null, row: null, params: { ...unclear, kind } });
    if (choices[kind].fromWords) {
      // Named at the first line it scores, where the two methods give different rates (not one whose notes give
      // its gap in points, "giảm 3,32% so với kế hoạch", which is scored in points).
      const first = judged.drafts.find(
        (d, i) =>
          judged.units[i]!.kind === kind &&
          d.target.kind === "number" &&
          d.result.kind === "number" &&
          !(d.reported === null && gapInPoints(d.notes, d.target.value, d.result.value)),
      );
      const row = first ? first.row : null;
      const address = first ? toA1(first.row, table.columns.label) : null;
      warnings.push({ code: "methodFromWords", address, row, params: { kind } });
    }
  }
  const decimals = asked === "auto" ? chooseDecimals(judged.drafts) : asked;
  // Read before judging, so that the drafts are not kept past it.
  const used = kindsUsed(judged.units);
  const judgedParts = parts.map((p) =>
    judgeRows(p.draftRows, p.judged, {
      table: p.table,
      conventions: choices,
      decimals,
      warnings,
      gaps,
      // A few rows above the header: what a rate column's shares are of, or that the targets are annual.
      captions: linesAbove(sheet, p.table.headerTop),
    }),
  );
  const { rows, indicators } =
    judgedParts.length === 1
      ? judgedParts[0]!
      : {
          rows: joinAll(judgedParts.map((p) => p.rows)),
          indicators: joinAll(judgedParts.map((p) => p.indicators)),
        };
  warnOtherPeriods(sheet, table, indicators, warnings);
  const outline = outlineRows(rows);
  placeInOutline(outline);
  const counted = summarize(indicators, outline, table.columns.label, table.title);
  appendAll(warnings, counted.warnings);
  const summary = counted.summary;
  const lang = options.lang ?? "vi";
  // The narrative's names, kept for the summary's audit rather than read a second time.
  const name = indicatorNamer(outline);
  const chosen = predominant(
    indicators,
    (["percent", "unknown", "amount"] as const).filter((k) => used.has(k)).map((k) => choices[k].reason),
    table.percentHint,
  );
  return {
    ok: true,
    value: {
      table,
      rows,
      indicators,
      method: chosen.method,
      methodReason: chosen.reason,
      decimals,
      decimalsSource: asked === "auto" ? "auto" : "explicit",
      capped: indicators.some((i) => i.capped),
      tables: picked.value.tables.flatMap((t) =>
        (t.blocks ?? []).map((b, block) => ({ ...(t.index === table.index ? table : t), ...b, block })),
      ),
      summary,
      narrative: writeNarrative(summary, outline, table, lang, name),
      discrepancyNames: discrepancyNames(outline, indicators, name),
      lang,
      warnings,
    },
  };
}
