import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const SIZES = process.env.ENGINE_SIZES?.split(",").map(Number) ?? [1_000, 10_000, 100_000];
const ROUNDS = Number(process.env.ENGINE_ROUNDS) || 5;
const WARMUPS = 2;
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
const span = (xs: number[], r: (x: number) => number) => [r(Math.min(...xs)), r(Math.max(...xs))];

/** One engine (DIR/src/core) in a fresh process: the median of its timed runs (ms). */
function timeInProcess(dir: string, n: number): number {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "-r", path.join(ROOT, "scripts/registerTs.cjs"), path.join(__dirname, "timeEngine.ts")].concat(
      [dir, n, WARMUPS, RUNS].map(String),
    ),
    { cwd: ROOT, encoding: "utf8" },
  );
  return median(JSON.parse(out) as number[]);
}

/**
 * Engine time (find the table, parse, compute, summarise, plan) for 1k, 10k and 100k indicators (ENGINE_SIZES=N,…
 * to choose). The engine under test is a copy of src/core made now, loaded exactly like the earlier engines of
 * ENGINE_BASELINE=DIR[,DIR…] (copies of earlier checkouts holding src/core). Each engine runs in a process of its
 * own (fresh heap, its own grid built the same way, two warm-up runs, five timed runs each after a full collection)
 * and that process's median counts; ENGINE_ROUNDS (5) rounds, the order of the engines rotating round by round. The
 * line gives the median and range over the rounds, and for each baseline the same of the ratios taken within each
 * round.
 */
export async function run(): Promise<Record<string, unknown>[]> {
  const dirs = process.env.ENGINE_BASELINE?.split(",").filter(Boolean) ?? [];
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "attainment-engine-"));
  fs.cpSync(path.join(ROOT, "src/core"), path.join(copy, "src/core"), { recursive: true });
  const engines = [copy, ...dirs.map((dir) => path.resolve(dir))];
  const out: Record<string, unknown>[] = [];
  try {
    for (const n of SIZES) {
      const times: number[][] = engines.map(() => []);
      for (let r = 0; r < ROUNDS; r++)
        for (let k = 0; k < engines.length; k++) {
          const at = (r + k) % engines.length;
          times[at]!.push(timeInProcess(engines[at]!, n));
        }
      const [own, ...old] = times as [number[], ...number[][]];
      const ms = median(own);
      const ratios = old.map((theirs) => own.map((x, r) => x / theirs[r]!));
      out.push({
        bench: "engine",
        indicators: n,
        rounds: ROUNDS,
        ms: round1(ms),
        msRange: span(own, round1),
        indicatorsPerSecond: Math.round(n / (ms / 1000)),
        ...(old.length ? { baselineMs: round1(median(old[0]!)), ratioToBaseline: round2(median(ratios[0]!)) } : {}),
        ...(old.length
          ? {
              baselines: old.map((theirs, k) => ({
                dir: path.basename(dirs[k]!),
                ms: round1(median(theirs)),
                msRange: span(theirs, round1),
                ratio: round2(median(ratios[k]!)),
                ratioRange: span(ratios[k]!, round2),
              })),
            }
          : {}),
      });
    }
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
  return out;
}
