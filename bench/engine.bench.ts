import path from "node:path";
import * as current from "../src/core";
import { syntheticGrid } from "./makeGrid";

type Engine = Pick<typeof current, "analyzeWorkbook" | "planWorkbook">;

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timer(engine: Engine, grid: ReturnType<typeof syntheticGrid>): () => number {
  const once = () => {
    const a = engine.analyzeWorkbook(grid);
    if (!a.ok) throw new Error("no table");
    return engine.planWorkbook(grid, a.value);
  };
  once(); // warm up the JIT
  return () => {
    const t0 = performance.now();
    once();
    return performance.now() - t0;
  };
}

/**
 * Engine time (find the table, parse, compute, summarise, plan) for 1k, 10k and 100k indicators. With
 * ENGINE_BASELINE=DIR (a copy of an earlier checkout holding src/core), the earlier engine runs in the same process,
 * alternating with the current one, and the line gives both medians and their ratio.
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
    const times: number[] = [];
    const old: number[] = [];
    for (let i = 0; i < 5; i++) {
      times.push(now());
      if (before) old.push(before());
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
