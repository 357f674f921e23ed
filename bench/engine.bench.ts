import { analyzeWorkbook, planWorkbook } from "../src/core";
import { syntheticGrid } from "./makeGrid";

/** Engine time (find the table, parse, compute, summarise, plan) for 1k, 10k and 100k indicators. */
export async function run(): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const grid = syntheticGrid(n);
    const once = () => {
      const a = analyzeWorkbook(grid);
      if (!a.ok) throw new Error("no table");
      return planWorkbook(grid, a.value);
    };
    once(); // warm up the JIT
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      once();
      times.push(performance.now() - t0);
    }
    const ms = times.sort((a, b) => a - b)[2]!;
    out.push({
      bench: "engine",
      indicators: n,
      ms: Math.round(ms * 10) / 10,
      indicatorsPerSecond: Math.round(n / (ms / 1000)),
    });
  }
  return out;
}
