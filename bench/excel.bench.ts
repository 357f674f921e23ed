/**
 * Benchmark of the Office.js adapter on the fake host: one compute of a table with 1,000, 10,000 and 100,000
 * indicators (then a re-run and a restore), reporting the syncs, the largest request and response (JSON bytes, as Excel on the web counts its
 * 5 MB limit) and the adapter's own time — the run's wall time minus the fake host's time and the engine's time
 * (the engine is timed separately on the same grid).
 */
import { computeWorkbook, DEFAULT_SETTINGS } from "../src/core";
import { createExcelPort } from "../src/excel";
import { detectApiSupport } from "../src/excel/detectApiSupport";
import { chooseSheet, loadWorkbook } from "../src/excel/loadWorkbook";
import { generatedSheet, installFakeOffice, seedSheet, uninstallFakeOffice } from "../test/fakes";

const SIZES = [1_000, 10_000, 100_000];

export async function run(): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const indicators of SIZES) {
    const host = installFakeOffice(globalThis, { excelApi: "1.13" });
    seedSheet(host.workbook, generatedSheet(indicators));

    const loaded = await Excel.run((context) =>
      loadWorkbook(context, detectApiSupport(Office.context.requirements.isSetSupported), chooseSheet(null)),
    );
    let started = performance.now();
    computeWorkbook(loaded.grid, DEFAULT_SETTINGS, loaded.sheet);
    const engineMs = performance.now() - started;

    host.clearLogs();
    started = performance.now();
    const result = await createExcelPort().compute(DEFAULT_SETTINGS, () => undefined);
    const totalMs = performance.now() - started;
    const hostMs = host.syncs.reduce((n, s) => n + s.hostMs, 0) + host.enqueueMs;
    rows.push({
      bench: "excel",
      indicators,
      ok: result.ok,
      syncs: host.syncs.length,
      largestRequestBytes: Math.max(...host.syncs.map((s) => s.requestBytes)),
      largestResponseBytes: Math.max(...host.syncs.map((s) => s.responseBytes)),
      totalRequestBytes: host.syncs.reduce((n, s) => n + s.requestBytes, 0),
      adapterMs: Math.round(totalMs - hostMs - engineMs),
      engineMs: Math.round(engineMs),
      fakeHostMs: Math.round(hostMs),
      totalMs: Math.round(totalMs),
    });
    // A re-run reads and rewrites the records kept by the first; a restore puts them back.
    for (const [bench, call] of [
      ["excel re-run", () => createExcelPort().compute(DEFAULT_SETTINGS, () => undefined)],
      ["excel restore", () => createExcelPort().restore!(() => undefined)],
    ] as const) {
      host.clearLogs();
      started = performance.now();
      const again = await call();
      rows.push({
        bench,
        indicators,
        ok: again.ok,
        syncs: host.syncs.length,
        largestRequestBytes: Math.max(...host.syncs.map((s) => s.requestBytes)),
        largestResponseBytes: Math.max(...host.syncs.map((s) => s.responseBytes)),
        totalMs: Math.round(performance.now() - started),
      });
    }
    uninstallFakeOffice(globalThis);
  }
  return rows;
}
