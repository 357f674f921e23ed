import { COL, FIRST_RECORD_ROW, originalsSheetPlan } from "./originalsSheet";
import type { KeptCell, KeptFormat } from "./originalsTypes";

const bold = { bold: true, numberFormat: "0.0" };

/** Formats as the adapters capture them (a style object shared by the cells of one cell format) and as read back. */
const FORMATS: [string, KeptFormat[]][] = [
  [
    "one style, an index",
    [
      { style: bold, xf: 3 },
      { style: bold, xf: 3 },
      { style: bold, xf: 4 },
    ],
  ],
  ["a style alone, and an empty one", [{ style: bold }, { style: {} }, { style: bold }]],
  [
    "the index before the style",
    [
      { xf: 3, style: bold },
      { style: bold, xf: 3 },
    ],
  ],
  ["Office.js properties", [{ style: bold, office: { font: { bold: true } } }, { style: bold }]],
  [
    "an index that is not a whole number",
    [
      { style: bold, xf: 1.5 },
      { style: { wrap: false, fill: "#FF0000" }, xf: 0 },
    ],
  ],
];

const record = (row: number, format: KeptFormat): KeptCell => ({
  row,
  col: 4,
  empty: false,
  value: row,
  formula: null,
  format,
  sheet: "KQ",
  role: "attainment",
  written: { value: null, formula: `D${row + 1}-C${row + 1}` },
  note: null,
});

describe("originalsSheetPlan", () => {
  it.each(FORMATS)("lists each distinct format once as its JSON text: %s", (_, formats) => {
    const plan = originalsSheetPlan({ cells: formats.map((f, i) => record(i + 3, f)), merges: [] });
    const table = plan.blocks.find((b) => b.top === FIRST_RECORD_ROW && b.left === COL.formats)!;
    const expected = [...new Set(formats.map((f) => JSON.stringify(f)))];
    expect(table.cells.map((row) => row[0]?.value)).toEqual(expected);
    const records = plan.blocks.find((b) => b.top === FIRST_RECORD_ROW && b.left === 0)!;
    expect(records.cells.map((row) => row[COL.format]?.value)).toEqual(
      formats.map((f) => expected.indexOf(JSON.stringify(f))),
    );
  });
});
