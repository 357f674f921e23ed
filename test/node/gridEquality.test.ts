/**
 * The package reader gives the engine the grid it had from ExcelJS, on every .xlsx fixture of the repository
 * (samples/ and test/fixtures/**, the real tables included): the same values, number formats, formula flags,
 * merged areas and generated-sheet markers, array for array.
 * Where ExcelJS cannot read a file (it refuses openpyxl's notes, rows without "r", prefixed elements) or reads it
 * wrongly (date1904="true", as LibreOffice writes it, is taken for the 1900 system), openpyxl reads it instead, and
 * the grids must hold the same cells (General and a missing format are the same to the engine).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { CellValue, WorkbookGrid } from "../../src/core";
import { loadWorkbook, toWorkbookGrid } from "../support/exceljsGrid";
import { readGrid } from "../support/sample";

const ROOT = path.join(__dirname, "..", "..");

function fixtures(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? fixtures(p) : e.name.endsWith(".xlsx") ? [p] : [];
  });
}

const ALL = [...fixtures(path.join(ROOT, "samples")), ...fixtures(path.join(ROOT, "test", "fixtures"))].map((p) =>
  path.relative(ROOT, p),
);

/** Files ExcelJS reads wrongly, with why; they are compared with openpyxl's reading. */
const EXCELJS_WRONG: Record<string, string> = {
  "test/fixtures/package/libreoffice.xlsx": 'ExcelJS takes date1904="true" for the 1900 date system',
};

/** A grid as plain cells: "sheet!r,c" → value, format (General dropped) and formula flag; merges sorted. */
function cells(grid: WorkbookGrid) {
  const out: Record<string, unknown> = {};
  for (const s of grid.sheets) {
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === undefined) return;
        const format = s.formats?.[r]?.[c];
        out[`${s.name}!${r},${c}`] = [v, format && format !== "General" ? format : null, !!s.formulas?.[r]?.[c]];
      }),
    );
    out[`${s.name}!merges`] = s.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();
  }
  out.generated = grid.generated ?? {};
  return out;
}

const OPENPYXL = `
import datetime, json, sys, openpyxl
values = openpyxl.load_workbook(sys.argv[1], data_only=True)
formulas = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [], "generated": {}}
for ws in formulas.worksheets:
    vs = values[ws.title]
    cells = {}
    for (r, c), cell in ws._cells.items():
        v = vs.cell(r, c).value
        f = cell.data_type == "f"
        if v is None and not f:
            continue
        if isinstance(v, datetime.datetime):
            v = v.date().isoformat()
        elif isinstance(v, datetime.date):
            v = v.isoformat()
        cells[f"{r - 1},{c - 1}"] = [v, cell.number_format, f]
    merges = [[m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1] for m in ws.merged_cells.ranges]
    out["sheets"].append({"name": ws.title, "cells": cells, "merges": merges})
for n in formulas.defined_names.definedName:
    if n.localSheetId is None and n.name.lower() in ("attainment_appendix", "attainment_summary"):
        out["generated"]["appendix" if n.name.lower().endswith("appendix") else "summary"] = n.attr_text.split("!")[0].strip("'")
print(json.dumps(out))
`;

/** The same plain cells, as openpyxl reads the file (cached values, formula flags, number formats, merges). */
function openpyxlCells(file: string) {
  const read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", OPENPYXL, file], { encoding: "utf8" })) as {
    sheets: { name: string; cells: Record<string, [CellValue, string, boolean]>; merges: number[][] }[];
    generated: Record<string, string>;
  };
  const out: Record<string, unknown> = {};
  for (const s of read.sheets) {
    const hidden = s.merges.flatMap(([t, l, b, r]) => {
      const keys: string[] = [];
      for (let y = t!; y <= b!; y++) for (let x = l!; x <= r!; x++) if (y !== t || x !== l) keys.push(`${y},${x}`);
      return keys;
    });
    for (const [k, [v, format, f]] of Object.entries(s.cells)) {
      if (hidden.includes(k)) continue;
      out[`${s.name}!${k}`] = [v, format !== "General" ? format : null, f];
    }
    out[`${s.name}!merges`] = s.merges.map(([t, l, b, r]) => `${t},${l}:${b},${r}`).sort();
  }
  out.generated = read.generated;
  return out;
}

/** The grid without the cells' looks, which ExcelJS's former reader did not give (they are checked apart below). */
const plain = (grid: WorkbookGrid) =>
  JSON.parse(JSON.stringify({ ...grid, sheets: grid.sheets.map(({ fonts: _f, ...s }) => s) })) as unknown;

/** Fixtures that store the sample report the way other writers would: the grid must be the sample's own. */
const TWINS = ["strict", "prefixed", "no-refs", "inline-rich", "google-sheets"].map(
  (n) => `test/fixtures/package/${n}.xlsx`,
);

describe("the package reader gives the grid ExcelJS gave", () => {
  it.each(TWINS)("%s holds the sample report's grid", (file) => {
    const sample = readGrid(fs.readFileSync(path.join(ROOT, "samples", "bao-cao-thi-dua-2021.xlsx")));
    expect(plain(readGrid(fs.readFileSync(path.join(ROOT, file))))).toEqual(plain(sample));
  });

  it("finds the fixtures", () => {
    expect(ALL).toEqual(expect.arrayContaining(["samples/bao-cao-thi-dua-2021.xlsx", "test/fixtures/no-table.xlsx"]));
    expect(ALL.length).toBeGreaterThanOrEqual(10);
  });

  it.each(ALL)("%s", async (file) => {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    const grid = readGrid(bytes);
    let reference: WorkbookGrid | null = null;
    try {
      if (!EXCELJS_WRONG[file]) reference = toWorkbookGrid(await loadWorkbook(bytes));
    } catch {
      reference = null; // ExcelJS cannot read it: openpyxl below
    }
    if (reference) {
      // Same arrays, holes and explicit blanks alike; JSON drops the difference between a hole and undefined.
      expect(plain(grid)).toEqual(plain(reference));
    } else {
      expect(cells(grid)).toEqual(openpyxlCells(path.join(ROOT, file)));
    }
  });
});

describe("the package reader gives the cells' looks ExcelJS reads", () => {
  it.each(["samples/bao-cao-thi-dua-2021.xlsx", "test/fixtures/real/tinh-tthue-ktxh-2019/table.xlsx"])(
    "%s",
    async (file) => {
      const bytes = fs.readFileSync(path.join(ROOT, file));
      const grid = readGrid(bytes);
      const workbook = await loadWorkbook(bytes);
      let compared = 0;
      for (const sheet of grid.sheets) {
        const ws = workbook.getWorksheet(sheet.name)!;
        sheet.fonts?.cells.forEach((row, r) =>
          row.forEach((at, c) => {
            if (at === undefined) return;
            const cell = ws.getCell(r + 1, c + 1);
            const look = sheet.fonts!.list[at]!;
            expect([r, c, look.name, look.size, look.bold, look.italic, look.indent ?? 0]).toEqual([
              r,
              c,
              cell.font?.name,
              cell.font?.size,
              cell.font?.bold === true,
              cell.font?.italic === true,
              cell.alignment?.indent ?? 0,
            ]);
            compared++;
          }),
        );
      }
      expect(compared).toBeGreaterThan(20);
    },
  );
});
