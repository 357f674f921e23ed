import { sameSheetName, toA1 } from "./a1";
import { roundHalfAway, scoreIndicator } from "./computeAttainment";
import { findTable } from "./findTable";
import { disagrees, inferMethod, wordDisagrees } from "./inferMethod";
import { parseValue } from "./parseValue";
import { readRows, type IndicatorDraft } from "./readRows";
import { SheetAccess } from "./sheetAccess";
import { summarize } from "./summarize";
import type {
  AnalyzeOptions,
  Analysis,
  ColumnMapping,
  Indicator,
  Method,
  ParsedValue,
  Result,
  SheetGrid,
  TableLayout,
  TableRow,
  Warning,
  WorkbookGrid,
} from "./types";
import { writeNarrative } from "./writeNarrative";

const fail = (code: "noSheets" | "sheetNotFound" | "noTable" | "badMapping" | "badOption", params = {}) =>
  ({ ok: false, error: { code, params } }) as const;

function pickSheet(workbook: WorkbookGrid, options: AnalyzeOptions): Result<{ grid: SheetGrid; table: TableLayout }> {
  if (workbook.sheets.length === 0) return fail("noSheets");
  if (options.sheet !== undefined) {
    const grid =
      workbook.sheets.find((s) => s.name === options.sheet) ??
      workbook.sheets.find((s) => sameSheetName(s.name, options.sheet!));
    if (!grid)
      return fail("sheetNotFound", { sheet: options.sheet, available: workbook.sheets.map((s) => s.name).join(", ") });
    const table = findTable(grid, options.headerRow);
    return table ? { ok: true, value: { grid, table } } : fail("noTable", { sheet: grid.name });
  }
  const generated = new Set(Object.values(workbook.generated ?? {}));
  for (const grid of workbook.sheets) {
    if (generated.has(grid.name)) continue;
    const table = findTable(grid, options.headerRow);
    if (table) return { ok: true, value: { grid, table } };
  }
  return fail("noTable", { sheet: "" });
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
  const required = [columns.label, columns.target, columns.result];
  if (new Set(required).size < 3)
    return fail("badMapping", { role: "label/target/result", reason: "duplicate", detail: "" });
  const lastColumn = Math.max(table.lastColumn, ...Object.values(columns).filter((c): c is number => c !== undefined));
  return { ok: true, value: { ...table, columns, lastColumn } };
}

function score(
  d: IndicatorDraft,
  method: Method,
  decimals: number,
  warnings: Warning[],
  table: TableLayout,
): Indicator {
  const s = scoreIndicator(d.target, d.result, method);
  const attainment = s.exact === null ? null : roundHalfAway(s.exact, decimals);
  if (s.problem && d.mergedNote === null) {
    const col = s.problem.which === "target" ? table.columns.target : table.columns.result;
    warnings.push({
      code: s.problem.code,
      address: toA1(d.row, col),
      row: d.row,
      params: { what: s.problem.which, text: s.problem.text ?? "" },
    });
  }
  let discrepancy = false;
  if (typeof d.reported === "number" && s.exact !== null) discrepancy = disagrees(d.reported, s.exact, decimals);
  else if (typeof d.reported === "string" && s.exact === null) {
    const word = parseValue(d.reported);
    discrepancy = wordDisagrees(word.kind === "qualitative" ? word.achieved : null, s.status);
  }
  if (discrepancy) {
    const address = table.columns.attainment !== undefined ? toA1(d.row, table.columns.attainment) : null;
    warnings.push({
      code: "discrepancy",
      address,
      row: d.row,
      params: { row: d.row + 1, reported: d.reported!, computed: attainment ?? s.status },
    });
  }
  const valueOf = (p: ParsedValue, text: string) => (p.kind === "number" ? p.value : p.kind === "blank" ? null : text);
  return {
    row: d.row,
    part: d.part,
    parts: d.parts,
    section: d.section,
    number: d.number,
    label: d.label,
    depth: d.depth,
    targetText: d.targetText,
    resultText: d.resultText,
    target: d.mergedNote ?? valueOf(d.target, d.targetText),
    result: d.mergedNote !== null ? null : valueOf(d.result, d.resultText),
    direction: s.direction,
    exact: s.exact,
    attainment,
    status: s.status,
    reported: d.reported,
    discrepancy,
    mergedNote: d.mergedNote,
    notes: d.notes,
    parent: d.parent,
    formulaSafe: d.formulaSafe,
    targetScale: d.targetScale,
    resultScale: d.resultScale,
  };
}

/**
 * Reads the chosen sheet (or the first sheet with a table), scores every indicator and summarises.
 * Errors are values: no sheets, an unknown sheet, no recognisable table, a bad mapping or option.
 * Example: on the sample report it infers `points`, and "+ Cá nhân:" (20 → 28) gets 108 against a reported 180.
 */
export function analyzeWorkbook(workbook: WorkbookGrid, options: AnalyzeOptions = {}): Result<Analysis> {
  const decimals = options.decimals ?? 0;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)
    return fail("badOption", { option: "decimals", detail: String(decimals) });
  const picked = pickSheet(workbook, options);
  if (!picked.ok) return picked;
  const mapped = applyMapping(picked.value.table, options.mapping);
  if (!mapped.ok) return mapped;
  const table = mapped.value;
  const warnings: Warning[] = [];
  const draftRows = readRows(new SheetAccess(picked.value.grid), table, warnings);
  const drafts = draftRows.flatMap((r) => (r.kind === "indicator" ? [r.draft] : []));
  const chosen =
    options.method && options.method !== "auto"
      ? { method: options.method, reason: { kind: "explicit" as const } }
      : inferMethod(drafts, table.percentHint);
  const rows: TableRow[] = draftRows.map((r) =>
    r.kind === "indicator"
      ? { kind: "indicator", row: r.row, indicator: score(r.draft, chosen.method, decimals, warnings, table) }
      : r,
  );
  const indicators = rows.flatMap((r) => (r.kind === "indicator" ? [r.indicator] : []));
  const summary = summarize(rows, indicators);
  const lang = options.lang ?? "vi";
  return {
    ok: true,
    value: {
      table,
      rows,
      indicators,
      method: chosen.method,
      methodReason: chosen.reason,
      decimals,
      summary,
      narrative: writeNarrative(summary, indicators, lang),
      lang,
      warnings,
    },
  };
}
