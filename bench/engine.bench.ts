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
 * ENGINE_BASELINE=DIR[,DIR…] (copies of earlier checkouts holding src/core), the earlier engines run in the same
 * process: two warm-up runs of each, then RUNS timed runs of each, the order rotating run by run, a full collection
 * before every timed run; the line gives each median and its ratio (the first baseline also as baselineMs and
 * ratioToBaseline). Each timed run includes every collection its own allocation causes; the result it returns is
 * dropped only after its clock stops.
 */
export async function run(): Promise<Record<string, unknown>[]> {
  const dirs = process.env.ENGINE_BASELINE?.split(",").filter(Boolean) ?? [];
  const baselines = dirs.map(
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- directories chosen at run time
    (dir) => require(path.resolve(dir, "src/core/index.ts")) as Engine,
  );
  const out: Record<string, unknown>[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const grid = syntheticGrid(n);
    const timers = [current, ...baselines].map((engine) => timer(engine, grid));
    for (let i = 0; i < 2; i++) for (const t of timers) t();
    const times: number[][] = timers.map(() => []);
    for (let i = 0; i < RUNS; i++)
      for (let k = 0; k < timers.length; k++) {
        const at = (i + k) % timers.length;
        times[at]!.push(timers[at]!());
      }
    const [ms, ...old] = times.map(median) as [number, ...number[]];
    const round = (x: number) => Math.round(x * 10) / 10;
    const ratio = (x: number) => Math.round((ms / x) * 100) / 100;
    out.push({
      bench: "engine",
      indicators: n,
      ms: round(ms),
      indicatorsPerSecond: Math.round(n / (ms / 1000)),
      ...(old.length ? { baselineMs: round(old[0]!), ratioToBaseline: ratio(old[0]!) } : {}),
      ...(old.length > 1
        ? { baselines: old.map((x, k) => ({ dir: path.basename(dirs[k]!), ms: round(x), ratio: ratio(x) })) }
        : {}),
    });
  }
  return out;
}
