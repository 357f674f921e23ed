/**
 * Never lose what the officer typed, through real files and the command line: the sample computed, its output
 * computed again, and again after the officer edits D21 in the output; every audit still shows E21 reported 180;
 * `attainment restore` on any of these files gives back the sample's source sheet cell for cell.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { DEFAULT_SETTINGS, lowerPlan, ORIGINALS_SHEET } from "../../src/core";
import { FILE_CAPABILITIES, planOpened, readWorkbook, writeWorkbook } from "../../src/xlsx";
import { cellDifferences, packageCells, sheetXml } from "../support/packageCells";
import { nodeCodec, readGrid, SAMPLE_PATH, SAMPLE_SHEET } from "../support/sample";

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "attainment-originals-"));
  fs.copyFileSync(SAMPLE_PATH, file("bao-cao.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** One compute with --json: the exit code and row 21 of the JSON document. */
async function computeJson(input: string, output: string) {
  const r = await cli("compute", input, "--out", output, "--json");
  expect([r.code, r.stderr]).toEqual([0, ""]);
  const doc = JSON.parse(r.stdout);
  return { doc, row21: doc.indicators.find((i: { row: number }) => i.row === 21) };
}

/** The officer types `value` into one cell of the source sheet of a file (through the package writer). */
async function typeInto(input: string, output: string, row: number, col: number, value: number) {
  const opened = readWorkbook(new Uint8Array(fs.readFileSync(input)), nodeCodec);
  if (!opened.ok) throw new Error(opened.error);
  const bytes = await writeWorkbook(
    opened.value,
    [{ op: "writeCells", sheet: SAMPLE_SHEET, top: row, left: col, cells: [[{ value }]] }],
    nodeCodec,
  );
  fs.writeFileSync(output, bytes);
}

/** The rows of the summary sheet's audit table that mention row 21. */
const auditRows = (output: string) =>
  readGrid(new Uint8Array(fs.readFileSync(output)))
    .sheets.find((s) => s.name === "Tổng hợp")!
    .values.filter((row) => row.includes(21) && row.includes(180));

describe("the originals survive re-runs and restore gives the sample back (CLI, real files)", () => {
  const sample = () => packageCells(new Uint8Array(fs.readFileSync(SAMPLE_PATH)), SAMPLE_SHEET);

  it("audits 180 on the first run, on a re-run of the output, and after D21 is edited in the output", async () => {
    const first = await computeJson(file("bao-cao.xlsx"), file("out1.xlsx"));
    expect(first.row21).toMatchObject({ reported: 180, attainment: 108, discrepancy: true });
    expect(first.doc.originals).toMatchObject({ typed: 15, disagree: 1, kept: 0, edited: 0 });
    expect(first.doc.method).toBe("points");

    // The output holds our formula in E21 now; the re-run still reads the 180 the officer typed.
    const second = await computeJson(file("out1.xlsx"), file("out2.xlsx"));
    expect(second.row21).toMatchObject({ reported: 180, attainment: 108, discrepancy: true });
    expect(second.doc.originals).toMatchObject({ typed: 0, disagree: 0, edited: 0 });
    expect(second.doc.method).toBe("points");
    expect(second.doc.warnings.map((w: { message: string }) => w.message)).toContain(
      first.doc.warnings.find((w: { address: string }) => w.address?.includes("E21")).message,
    );
    expect(auditRows(file("out2.xlsx"))).toHaveLength(1);
    // Nothing new to keep: the re-run leaves the originals sheet as it was, part for part.
    const originalsOf = (name: string) => sheetXml(new Uint8Array(fs.readFileSync(file(name))), ORIGINALS_SHEET);
    expect(originalsOf("out2.xlsx")).toBe(originalsOf("out1.xlsx"));
    const reopened = readWorkbook(new Uint8Array(fs.readFileSync(file("out1.xlsx"))), nodeCodec);
    const replanned = reopened.ok ? planOpened(reopened.value, DEFAULT_SETTINGS) : null;
    const steps = replanned?.ok ? lowerPlan(replanned.value.plan, FILE_CAPABILITIES).steps : [];
    expect(steps.length).toBeGreaterThan(10);
    expect(steps.filter((s) => "sheet" in s && s.sheet === ORIGINALS_SHEET)).toEqual([]);

    // The officer corrects the result D21 (28 → 30) in the output: the rate becomes 110, still audited against 180.
    await typeInto(file("out2.xlsx"), file("edited.xlsx"), 20, 3, 30);
    const third = await computeJson(file("edited.xlsx"), file("out3.xlsx"));
    expect(third.row21).toMatchObject({ result: 30, reported: 180, attainment: 110, discrepancy: true });
    expect(auditRows(file("out3.xlsx"))[0]).toEqual(expect.arrayContaining([180, 110]));
  });

  it.each(["out1.xlsx", "out2.xlsx", "out3.xlsx"])(
    "restore %s gives back the sample's source sheet cell for cell",
    async (name) => {
      const input = file(name);
      const before = fs.readFileSync(input);
      const output = file(`restored-${name}`);
      const r = await cli("restore", input, "--out", output);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toMatch(
        /^Đã khôi phục \d+ ô về như trước lần tính đầu tiên; đã xoá các trang tính "Phụ lục", "Tổng hợp", "Attainment_Originals"\./,
      );
      expect(fs.readFileSync(input).equals(before)).toBe(true);
      const restored = new Uint8Array(fs.readFileSync(output));
      const expected = sample();
      // The edited file keeps the officer's edit of D21 (their cell, not ours): everything else is the sample's.
      if (name === "out3.xlsx") expected.set("D21", { ...expected.get("D21")!, value: 30 });
      expect(cellDifferences(packageCells(restored, SAMPLE_SHEET), expected)).toEqual([]);
      // Besides the cells: the columns' widths, the merged areas and no conditional format of ours.
      const parts = (bytes: Uint8Array) => {
        const xml = sheetXml(bytes, SAMPLE_SHEET);
        return [
          /<cols>.*?<\/cols>/s,
          /<mergeCells.*?<\/mergeCells>/s,
          /<conditionalFormatting.*<\/conditionalFormatting>/s,
        ].map((re) => xml.match(re)?.[0] ?? null);
      };
      expect(parts(restored)).toEqual(parts(new Uint8Array(fs.readFileSync(SAMPLE_PATH))));
      const grid = readGrid(restored);
      expect(grid.sheets.map((s) => s.name)).toEqual([SAMPLE_SHEET]);
      expect(grid.generated).toEqual({});
    },
  );

  it("takes a rate the officer retyped over our formula as the new reported value, and restore leaves it", async () => {
    // E21 (our formula in out1) typed over by hand with 150: that is what the officer reports now.
    await typeInto(file("out1.xlsx"), file("retyped.xlsx"), 20, 4, 150);
    const again = await computeJson(file("retyped.xlsx"), file("out4.xlsx"));
    expect(again.row21).toMatchObject({ reported: 150, attainment: 108, discrepancy: true });
    expect(again.doc.originals).toMatchObject({ typed: 0, edited: 1 });
    const r = await cli("restore", file("out4.xlsx"), "--out", file("restored-out4.xlsx"), "--json");
    expect(JSON.parse(r.stdout)).toMatchObject({
      leftAsEdited: 0,
      removedSheets: ["Phụ lục", "Tổng hợp", ORIGINALS_SHEET],
    });
    const expected = sample();
    expected.set("E21", { ...expected.get("E21")!, value: 150 });
    expect(
      cellDifferences(
        packageCells(new Uint8Array(fs.readFileSync(file("restored-out4.xlsx"))), SAMPLE_SHEET),
        expected,
      ),
    ).toEqual([]);
  });

  it("writes IN.restored.xlsx by default, never overwrites its input, and says so in one sentence", async () => {
    const r = await cli("restore", file("out1.xlsx"));
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(fs.existsSync(file("out1.restored.xlsx"))).toBe(true);
    const same = await cli("restore", file("out1.xlsx"), "--out", file("out1.xlsx"), "--lang", "en");
    expect(same).toEqual({
      code: 2,
      stdout: "",
      stderr: `--out may not be the input file "${file("out1.xlsx")}": the input is never overwritten.\n`,
    });
  });

  it.each([
    ["a workbook never computed", "bao-cao.xlsx", /^Sổ làm việc không giữ ô gốc nào để khôi phục: .*\.\n$/],
    ["a workbook restored already", "out1.restored.xlsx", /^Sổ làm việc không giữ ô gốc nào để khôi phục: .*\.\n$/],
    ["a missing file", "missing.xlsx", /^Không tìm thấy tệp ".*missing\.xlsx": .*\n$/],
  ])("refuses %s with one sentence and exit code 1", async (_what, name, message) => {
    const r = await cli("restore", file(name), "--out", file("never.xlsx"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(fs.existsSync(file("never.xlsx"))).toBe(false);
  });

  it("reads back in openpyxl, an independent reader, as the sample cell for cell (values, formats, fonts, borders)", () => {
    const script = `
import sys, openpyxl
a = openpyxl.load_workbook(sys.argv[1]); b = openpyxl.load_workbook(sys.argv[2])
wa, wb = a.worksheets[0], b.worksheets[0]
look = lambda c: (c.value, c.number_format, c.font.b, c.font.i, c.font.name, c.font.sz, c.alignment.horizontal,
                  c.alignment.vertical, c.alignment.wrap_text, c.border.left.style, c.border.top.style, c.fill.fgColor.rgb)
diffs = [c.coordinate for row in wa.iter_rows(max_row=max(wa.max_row, wb.max_row), max_col=max(wa.max_column, wb.max_column))
         for c in row if look(c) != look(wb[c.coordinate])]
print(b.sheetnames, wb.max_column, len(wb.conditional_formatting), len(list(b.defined_names)), diffs)
`;
    const out = execFileSync("/usr/bin/python3", ["-c", script, SAMPLE_PATH, file("restored-out2.xlsx")], {
      encoding: "utf8",
    });
    expect(out.trim()).toBe(`['${SAMPLE_SHEET}'] 6 0 0 []`);
  });

  it("keeps the originals sheet very hidden in the output", () => {
    const opened = readWorkbook(new Uint8Array(fs.readFileSync(file("out2.xlsx"))), nodeCodec);
    if (!opened.ok) throw new Error(opened.error);
    const entry = opened.value.source.sheets.find((s) => s.entry.name === ORIGINALS_SHEET)!.entry;
    expect(entry.state).toBe("veryHidden");
  });
});
