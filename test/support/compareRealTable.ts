/* Compares the engine's reading of a real table (test/fixtures/real) with the expectation derived by hand from the
 * document (expected.json, schema in test/fixtures/real/README.md), and prints the two side by side. */
import fs from "node:fs";
import path from "node:path";
import { analyzeWorkbook, type Analysis, type ColumnMapping } from "../../src/core";
import { readGrid } from "./sample";

export const REAL_DIR = path.join(__dirname, "..", "fixtures", "real");

type Letters = Partial<Record<string, string>>;
interface TableExpectation {
  headerRows: number[];
  firstRow: number;
  lastRow: number;
  columns: Letters;
}
/** One indicator line of expected.json: what the builder writes and the comparison reads. */
export interface IndicatorExpectation {
  row: number;
  part: number;
  label: string;
  unit?: string | number | null;
  target: string | number | null;
  result: string | number | null;
  direction: string;
  attainment?: number | null;
  decimals?: number;
  status: string;
  reported: string | number | null;
  discrepancy: boolean;
  note?: string;
}
export interface RealExpectation {
  source: string;
  sheet: string;
  table: TableExpectation;
  extraTables?: TableExpectation[];
  convention: string;
  decimals: number;
  indicators: IndicatorExpectation[];
  summary: { total: number; exceeded: number; met: number; notMet: number; notEvaluated: number };
  ambiguous: { row: number; why: string }[];
}

export interface Check {
  what: string;
  expected: unknown;
  actual: unknown;
  ok: boolean;
}
export interface Comparison {
  id: string;
  found: boolean;
  checks: Check[];
  report: string;
}

/** Fixture directories (each with table.xlsx and expected.json), dev or holdout. */
export function listFixtures(holdout: boolean): string[] {
  const dir = holdout ? path.join(REAL_DIR, "holdout") : REAL_DIR;
  return fs
    .readdirSync(dir)
    .filter((d) => d !== "holdout" && fs.existsSync(path.join(dir, d, "expected.json")))
    .sort()
    .map((d) => path.join(dir, d));
}

const letter = (col: number | undefined) => {
  if (col === undefined) return undefined;
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const decimalsOf = (x: number) => (Number.isInteger(x) ? 0 : (String(x).split(".")[1]?.length ?? 0));
const show = (v: unknown) =>
  v === undefined ? "–" : v === null ? "null" : typeof v === "string" ? v : JSON.stringify(v);

function tableChecks(name: string, exp: TableExpectation, actual: Analysis["table"] | undefined): Check[] {
  const checks: Check[] = [];
  const add = (what: string, e: unknown, a: unknown) =>
    checks.push({ what: `${name} ${what}`, expected: e, actual: a, ok: JSON.stringify(e) === JSON.stringify(a) });
  add(
    "header rows",
    [exp.headerRows[0], exp.headerRows[exp.headerRows.length - 1]],
    actual ? [actual.headerTop + 1, actual.headerBottom + 1] : undefined,
  );
  add("first row", exp.firstRow, actual ? actual.firstRow + 1 : undefined);
  add("last row", exp.lastRow, actual ? actual.lastRow + 1 : undefined);
  const cols = (actual?.columns ?? {}) as Partial<ColumnMapping> & Record<string, number | undefined>;
  for (const [role, col] of Object.entries(exp.columns)) {
    if (role === "notes" || role === "number") continue;
    // The engine does not name a unit column yet; compare it when it does.
    if (role === "unit" && !("unit" in cols)) continue;
    add(`column ${role}`, col, letter(cols[role]));
  }
  return checks;
}

/** Loads the fixture through the file adapter, runs the engine with default options and compares. */
export async function compareRealTable(dir: string): Promise<Comparison> {
  const id = path.basename(dir);
  const exp = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as RealExpectation;
  const grid = readGrid(fs.readFileSync(path.join(dir, "table.xlsx")));
  const result = analyzeWorkbook(grid);
  const checks: Check[] = [];
  const analysis = result.ok ? result.value : undefined;
  checks.push({
    what: "table found",
    expected: exp.sheet,
    actual: analysis?.table.sheet ?? `error ${result.ok ? "" : result.error.code}`,
    ok: analysis?.table.sheet === exp.sheet,
  });
  checks.push(...tableChecks("table", exp.table, analysis?.table));
  const moreTables = (analysis as unknown as { tables?: Analysis["table"][] } | undefined)?.tables;
  (exp.extraTables ?? []).forEach((t, i) => checks.push(...tableChecks(`table ${i + 2}`, t, moreTables?.[i + 1])));

  const rows: string[][] = [];
  const byKey = new Map((analysis?.indicators ?? []).map((ind) => [`${ind.row + 1}/${ind.part}`, ind]));
  for (const e of exp.indicators) {
    const key = `${e.row}/${e.part}`;
    const a = byKey.get(key);
    byKey.delete(key);
    const marks: string[] = [];
    const check = (what: string, expected: unknown, actual: unknown, ok: boolean) => {
      checks.push({ what: `row ${key} ${what}`, expected, actual, ok });
      if (!ok) marks.push(what);
    };
    if (e.attainment !== undefined) {
      const tol =
        0.5 * 10 ** -Math.max(e.decimals ?? exp.decimals, e.attainment === null ? 0 : decimalsOf(e.attainment));
      const got = a?.attainment;
      const ok =
        e.attainment === null ? got === null : typeof got === "number" && Math.abs(got - e.attainment) <= tol + 1e-9;
      check("attainment", e.attainment, got, !!a && ok);
    }
    check("status", e.status, a?.status, a?.status === e.status);
    check("direction", e.direction, a?.direction, a?.direction === e.direction);
    check("discrepancy", e.discrepancy, a?.discrepancy, a?.discrepancy === e.discrepancy);
    const unit = (a as unknown as { unit?: unknown } | undefined)?.unit;
    if (e.unit !== undefined && unit !== undefined)
      check("unit", e.unit, unit, String(unit ?? "") === String(e.unit ?? ""));
    rows.push([
      marks.length ? "✗" : "✓",
      key,
      e.label.slice(0, 34),
      `${show(e.target)} → ${show(e.result)}`,
      `${show(e.attainment)} | ${show(a?.attainment)}`,
      `${e.status} | ${show(a?.status)}`,
      `${e.direction} | ${show(a?.direction)}`,
      `${e.discrepancy} | ${show(a?.discrepancy)}`,
      `${show(e.reported)} | ${show(a?.reported)}`,
      marks.join(", "),
    ]);
  }
  for (const [key, a] of byKey) {
    checks.push({ what: `row ${key} not expected`, expected: undefined, actual: a.label, ok: false });
    rows.push([
      "✗",
      key,
      a.label.slice(0, 34),
      `${show(a.target)} → ${show(a.result)}`,
      `– | ${show(a.attainment)}`,
      `– | ${a.status}`,
      `– | ${a.direction}`,
      `– | ${a.discrepancy}`,
      `– | ${show(a.reported)}`,
      "extra indicator",
    ]);
  }
  const s = analysis?.summary;
  for (const k of ["total", "exceeded", "met", "notMet", "notEvaluated"] as const)
    checks.push({ what: `summary ${k}`, expected: exp.summary[k], actual: s?.[k], ok: s?.[k] === exp.summary[k] });
  for (const amb of exp.ambiguous) {
    const warned = (analysis?.warnings ?? []).some((w) => w.row !== null && w.row + 1 === amb.row);
    checks.push({
      what: `row ${amb.row} warning (${amb.why})`,
      expected: "a warning",
      actual: warned ? "warned" : "none",
      ok: warned,
    });
  }

  const header = [
    "",
    "row/part",
    "label",
    "target → result",
    "rate exp | got",
    "status exp | got",
    "direction",
    "discrepancy",
    "reported",
    "miss",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  const misses = checks
    .filter((c) => !c.ok && !c.what.startsWith("row "))
    .map((c) => `  ✗ ${c.what}: expected ${show(c.expected)}, got ${show(c.actual)}`);
  const report = [`${id} — ${exp.source}`, ...misses, line(header), ...rows.map(line)].join("\n");
  return { id, found: !!analysis && analysis.table.sheet === exp.sheet, checks, report };
}
