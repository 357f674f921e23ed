/*
 * One engine in a process of its own: node --expose-gc -r scripts/registerTs.cjs bench/timeEngine.ts DIR N WARMUPS RUNS
 * loads DIR/src/core, builds the synthetic grid of N indicators, runs the engine WARMUPS times untimed, then RUNS
 * times with a full collection before each, and prints the timed runs (ms) as one JSON line.
 */
import path from "node:path";
import type * as core from "../src/core";
import { syntheticGrid } from "./makeGrid";

type Engine = Pick<typeof core, "analyzeWorkbook" | "planWorkbook">;

const [dir, n, warmups, runs] = process.argv.slice(2) as [string, string, string, string];
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the engine's directory is chosen at run time
const engine = require(path.resolve(dir, "src/core/index.ts")) as Engine;
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error("run with --expose-gc");

const grid = syntheticGrid(Number(n));
const once = () => {
  const a = engine.analyzeWorkbook(grid);
  if (!a.ok) throw new Error("no table");
  return engine.planWorkbook(grid, a.value);
};
for (let i = 0; i < Number(warmups); i++) once();
const times: number[] = [];
for (let i = 0; i < Number(runs); i++) {
  collect(); // the previous run's garbage is not collected on this run's clock
  const t0 = performance.now();
  once();
  times.push(performance.now() - t0);
}
process.stdout.write(`${JSON.stringify(times)}\n`);
