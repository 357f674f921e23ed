import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { syntheticWorkbook } from "./makeGrid";

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The CLI on 20k indicators against a bare ExcelJS read + write of the same file (both in-process). */
export async function run(): Promise<Record<string, unknown>[]> {
  const n = 20_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "attainment-bench-"));
  const input = path.join(dir, "in.xlsx");
  fs.writeFileSync(input, await syntheticWorkbook(n));
  const quiet = { stdout: () => {}, stderr: (t: string) => process.stderr.write(t) };
  const bare: number[] = [];
  const cli: number[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      let t0 = performance.now();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(input);
      await wb.xlsx.writeFile(path.join(dir, "bare.xlsx"));
      bare.push(performance.now() - t0);
      t0 = performance.now();
      const code = await main(["compute", input, "--out", path.join(dir, "out.xlsx")], quiet);
      if (code !== 0) throw new Error(`cli exited ${code}`);
      cli.push(performance.now() - t0);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const b = median(bare);
  const c = median(cli);
  return [
    {
      bench: "cli",
      indicators: n,
      cliMs: Math.round(c),
      bareExcelJsMs: Math.round(b),
      ratio: Math.round((c / b) * 100) / 100,
    },
  ];
}
