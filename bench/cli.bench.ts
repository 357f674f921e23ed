/**
 * The CLI as a process (`node bin/attainment.js`, not npx) on 20,000 and 100,000 indicators, side by side in one
 * run, round after round, with references on the same machine at the same moment:
 * - a bare ExcelJS read + write of the same input as a process of its own (bench/bareExcelJs.cjs), like for like;
 * - the same in this process, without Node's start-up and with ExcelJS already compiled: a stricter reference;
 * - the floor: unzipping every part of the CLI's output and zipping it again with Node's zlib at the CLI's level,
 *   the least any tool that writes this package must do.
 * Also the CLI's peak memory (resident set), read at exit through a preloaded module. With
 * ATTAINMENT_BASELINE_BIN naming another build's bin/attainment.js (say, main's, built in a temporary folder),
 * that CLI runs in the same rounds, just before this one, on the same input: `baseline*` and `ratioToBaseline`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import ExcelJS from "exceljs";
import { isFresh, runWebpack } from "../test/e2e/support/buildOnce";
import { crc32 } from "../src/xlsx";
import { readZip } from "../src/xlsx/zip/readZip";
import { writeZip } from "../src/xlsx/zip/writeZip";
import { syntheticWorkbook } from "./makeGrid";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "attainment.js");
const PEAK = path.join(__dirname, "peakRss.cjs");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const deflateRaw = promisify(zlib.deflateRaw);

const BASELINE = process.env.ATTAINMENT_BASELINE_BIN;
const range = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;

function cli(input: string, output: string, memory = false, bin = BIN): { ms: number; peakMB?: number } {
  const report = path.join(path.dirname(output), "peak.txt");
  const args = [...(memory ? ["--require", PEAK] : []), bin, "compute", input, "--out", output];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, PEAK_RSS_FILE: report },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`the CLI exited ${r.status}: ${r.stderr}`);
  return memory ? { ms, peakMB: Math.round(Number(fs.readFileSync(report, "utf8")) / 1024) } : { ms };
}

function bareExcelJsProcess(input: string, output: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(__dirname, "bareExcelJs.cjs"), input, output], { stdio: "ignore" });
  if (r.status !== 0) throw new Error(`bare ExcelJS exited ${r.status}`);
  return performance.now() - t0;
}

async function bareExcelJs(input: string, output: string): Promise<number> {
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
  return performance.now() - t0;
}

/** Unzip every entry of the package and zip it again (level 3, parts deflated concurrently, as the CLI does). */
async function floor(file: string, output: string): Promise<number> {
  const t0 = performance.now();
  const zip = readZip(fs.readFileSync(file));
  if (!zip.ok) throw new Error("floor: not a zip");
  const entries = zip.value.entries.map((e) => {
    const raw = zip.value.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    return { kind: "new" as const, name: e.name, data: e.method === 8 ? zlib.inflateRawSync(raw) : raw };
  });
  const codec = {
    inflate: () => new Uint8Array(),
    deflate: (d: Uint8Array) => deflateRaw(d, { level: 3 }),
    crc32: zlib.crc32 ?? crc32,
  };
  fs.writeFileSync(output, await writeZip(zip.value, entries, codec));
  return performance.now() - t0;
}

export async function run(): Promise<Record<string, unknown>[]> {
  if (!isFresh(["dist/cli/attainment.js"], ["src", "webpack.config.js"]))
    await runWebpack(["--config-name", "cli", "--mode", "production", "--no-stats"]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "attainment-bench-"));
  const out: Record<string, unknown>[] = [];
  try {
    for (const n of [20_000, 100_000]) {
      const input = path.join(dir, `in-${n}.xlsx`);
      fs.writeFileSync(input, await syntheticWorkbook(n));
      const output = path.join(dir, `out-${n}.xlsx`);
      const rounds = n === 20_000 ? 5 : BASELINE ? 3 : 1;
      const bare: number[] = [];
      const bareProcess: number[] = [];
      const runs: number[] = [];
      const floors: number[] = [];
      const baseline: number[] = [];
      const peaks: number[] = [];
      const baselinePeaks: number[] = [];
      const loads: number[] = [];
      for (let i = 0; i < rounds; i++) {
        loads.push(os.loadavg()[0]!);
        if (n === 20_000) {
          bareProcess.push(bareExcelJsProcess(input, path.join(dir, "bare.xlsx")));
          bare.push(await bareExcelJs(input, path.join(dir, "bare.xlsx")));
        }
        if (BASELINE) {
          const b = cli(input, path.join(dir, "baseline.xlsx"), true, BASELINE);
          baseline.push(b.ms);
          baselinePeaks.push(b.peakMB!);
        }
        const r = cli(input, output, !!BASELINE);
        runs.push(r.ms);
        if (r.peakMB !== undefined) peaks.push(r.peakMB);
        floors.push(await floor(output, path.join(dir, "floor.xlsx")));
      }
      if (!peaks.length) peaks.push(cli(input, output, true).peakMB!);
      const c = median(runs);
      const f = median(floors);
      out.push({
        bench: "cli",
        indicators: n,
        cliMs: Math.round(c),
        cliRangeMs: range(runs),
        ...(BASELINE
          ? {
              baselineMs: Math.round(median(baseline)),
              baselineRangeMs: range(baseline),
              ratioToBaseline: Math.round((c / median(baseline)) * 100) / 100,
              baselinePeakRssMB: range(baselinePeaks),
            }
          : {}),
        loadAverage: `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
        ...(bare.length
          ? {
              bareExcelJsProcessMs: Math.round(median(bareProcess)),
              ratioToExcelJs: Math.round((c / median(bareProcess)) * 100) / 100,
              bareExcelJsInProcessMs: Math.round(median(bare)),
              ratioToExcelJsInProcess: Math.round((c / median(bare)) * 100) / 100,
            }
          : {}),
        floorMs: Math.round(f),
        ratioToFloor: Math.round((c / f) * 100) / 100,
        peakRssMB: peaks.length > 1 ? range(peaks) : peaks[0],
        inputKB: Math.round(fs.statSync(input).size / 1024),
        outputKB: Math.round(fs.statSync(output).size / 1024),
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
