import path from "node:path";
import * as current from "../src/core";
import { syntheticGrid } from "./makeGrid";

type Engine = Pick<typeof current, "analyzeWorkbook" | "planWorkbook">;

const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Node's full collector when started with --expose-gc (scripts/bench.mjs does), else nothing. */
const collect: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function timer(engine: Engine, grid: ReturnType<typeof syntheticGrid>): () => number {
  const once = () => {
    const a = engine.analyzeWorkbook(grid);
    if (!a.ok) throw new Error("no table");
    return engine.planWorkbook(grid, a.value);
  };
  return () => {
    collect(); // the previous run's garbage is not collected on this run's clock
    const t0 = performance.now();
    once();
    return performance.now() - t0;
  };
}

/**
 * Engine time (find the table, parse, compute, summarise, plan) for 1k, 10k and 100k indicators. With
 * ENGINE_BASELINE=DIR (a copy of an earlier checkout holding src/core), the earlier engine runs in the same process:
 * two warm-up runs of each, then RUNS timed runs of each, the order alternating run by run, a full collection before
 * every timed run; the line gives both medians and their ratio. Each timed run includes every collection its own
 * allocation causes; the result it returns is dropped only after its clock stops.
 */
export async function run(): Promise<Record<string, unknown>[]> {
  const baselineDir = process.env.ENGINE_BASELINE;
  const baseline: Engine | null = baselineDir
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- a directory chosen at run time
      (require(path.resolve(baselineDir, "src/core/index.ts")) as Engine)
    : null;
  const out: Record<string, unknown>[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const grid = syntheticGrid(n);
    const now = timer(current, grid);
    const before = baseline ? timer(baseline, grid) : null;
    for (let i = 0; i < 2; i++) {
      now();
      before?.();
    }
    const times: number[] = [];
    const old: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      if (before && i % 2 === 1) old.push(before());
      times.push(now());
      if (before && i % 2 === 0) old.push(before());
    }
    const ms = median(times);
    out.push({
      bench: "engine",
      indicators: n,
      ms: Math.round(ms * 10) / 10,
      indicatorsPerSecond: Math.round(n / (ms / 1000)),
      ...(before
        ? { baselineMs: Math.round(median(old) * 10) / 10, ratioToBaseline: Math.round((ms / median(old)) * 100) / 100 }
        : {}),
    });
  }
  return out;
}
