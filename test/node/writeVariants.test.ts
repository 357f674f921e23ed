/**
 * The writer on workbooks as other tools write them (strict namespaces, prefixed elements, rows and cells
 * without "r", inline and rich strings, Google Sheets' habits, openpyxl with notes, LibreOffice): the output
 * reads back with the engine's numbers in our reader and in openpyxl, a re-run gives the same file, and
 * LibreOffice opens every output and recalculates the formulas to the same numbers.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_SETTINGS } from "../../src/core";
import { computeFile, type FileOutcome } from "../../src/xlsx";
import { loadWorkbook } from "../support/exceljsGrid";
import { recalculated } from "../support/libreOffice";
import { nodeCodec, readGrid } from "../support/sample";

const DIR = path.join(__dirname, "..", "fixtures", "package");
const FILES = ["strict", "prefixed", "no-refs", "inline-rich", "google-sheets", "openpyxl-notes", "libreoffice"];

const SHEET_NAMES = "import sys, openpyxl; print('|'.join(openpyxl.load_workbook(sys.argv[1]).sheetnames))";
const runs = new Map<string, { first: FileOutcome; second: FileOutcome; path: string }>();
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "variants-"));
  for (const name of FILES) {
    const a = await computeFile(fs.readFileSync(path.join(DIR, `${name}.xlsx`)), DEFAULT_SETTINGS, nodeCodec);
    if (!a.ok) throw new Error(`${name}: ${JSON.stringify(a.error)}`);
    const b = await computeFile(a.value.output, DEFAULT_SETTINGS, nodeCodec);
    if (!b.ok) throw new Error(`${name} again: ${JSON.stringify(b.error)}`);
    const out = path.join(tmp, `${name}.xlsx`);
    fs.writeFileSync(out, b.value.output);
    runs.set(name, { first: a.value, second: b.value, path: out });
  }
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The attainment column's values by sheet row, for the rows holding one indicator with a number. */
const expected = (o: FileOutcome) => {
  const single = o.analysis.indicators.filter((i) => o.analysis.indicators.filter((j) => j.row === i.row).length === 1);
  return single.filter((i) => i.attainment !== null).map((i) => [i.row, i.attainment]);
};

describe("the writer on other tools' workbooks", () => {
  it.each(FILES)("%s: the output holds the engine's numbers, and a re-run changes nothing", async (name) => {
    const { first, second } = runs.get(name)!;
    const col = first.analysis.table.columns.attainment ?? 4;
    const grid = readGrid(second.output);
    const sheet = grid.sheets.find((s) => s.name === first.analysis.table.sheet)!;
    expect(expected(first).map(([r]) => [r, sheet.values[r!]![col]])).toEqual(expected(first));
    expect(Buffer.from(second.output)).toEqual(
      Buffer.from(
        ((await computeFile(second.output, DEFAULT_SETTINGS, nodeCodec)) as { value: FileOutcome }).value.output,
      ),
    );
    // An independent reader takes every output: openpyxl, except for strict OOXML, which it does not read.
    const names =
      name === "strict"
        ? (await loadWorkbook(second.output)).worksheets.map((w) => w.name)
        : execFileSync("/usr/bin/python3", ["-c", SHEET_NAMES, runs.get(name)!.path], { encoding: "utf8" })
            .trim()
            .split("|");
    expect(names).toEqual(expect.arrayContaining([sheet.name, "Phụ lục", "Tổng hợp"]));
  });

  it("opens every output in LibreOffice, which recalculates the same numbers", () => {
    const all = recalculated(FILES.map((n) => runs.get(n)!.path));
    for (const name of FILES) {
      const { first, path: file } = runs.get(name)!;
      const col = first.analysis.table.columns.attainment ?? 4;
      const sheet = all.get(file)!.get(first.analysis.table.sheet)!;
      expect([name, expected(first).map(([r]) => [r, Number(sheet[r!]![col])])]).toEqual([name, expected(first)]);
    }
  }, 300_000);
});
