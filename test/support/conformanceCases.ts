/**
 * The conformance cases every adapter runs (test/node/conformance.*.test.ts): a starting workbook, then runs of
 * the product with edits of the officer's between them. For each run the adapter's own plan is lowered with the
 * case's capabilities, the oracle applies the steps to its model, and the adapter's output must equal it.
 * The sample table is the 2021 report's appendix (test/fixtures/sampleTable.ts); the rest are edge cases.
 */
import { ALL_CAPABILITIES, DEFAULT_SETTINGS, type Settings, type WriteCapabilities } from "../../src/core";
import { SAMPLE_HEADER, SAMPLE_MERGED_NOTE_ROW, SAMPLE_ROWS, SAMPLE_TITLE } from "../fixtures/sampleTable";
import {
  cloneModel,
  ensureCell,
  requireSheet,
  sheetFromRows,
  type ModelSheet,
  type WorkbookModel,
} from "./workbookModel";

export type ExcelApiVersion = "1.1" | "1.6" | "1.13";

/** What the Office adapter can do with each ExcelApi version (the file adapter can do everything). */
export const API_CAPABILITIES: Record<ExcelApiVersion, WriteCapabilities> = {
  "1.1": {
    conditionalFormats: false,
    layout: false,
    names: false,
    sheetView: false,
    printing: false,
    indent: false,
    notes: false,
  },
  "1.6": {
    conditionalFormats: true,
    layout: true,
    names: true,
    sheetView: false,
    printing: false,
    indent: false,
    notes: false,
  },
  "1.13": ALL_CAPABILITIES,
};

export interface ConformanceRun {
  label: string;
  /** Laid over DEFAULT_SETTINGS with the case's sheet. */
  settings?: Partial<Settings>;
  /** What the officer changes before this run, on the workbook as the previous run left it. */
  edit?: (model: WorkbookModel) => WorkbookModel;
}

export interface ConformanceCase {
  name: string;
  /** For the Office adapter: the host's ExcelApi version; `caps` are what it can then do. */
  excelApi: ExcelApiVersion;
  caps: WriteCapabilities;
  seed: () => WorkbookModel;
  runs: ConformanceRun[];
}

export const SOURCE_SHEET = "Báo cáo";

/** The sample table as an officer typed it: title row (merged A1:F1), header row, sections I and II. */
export function sampleModelSheet(name = SOURCE_SHEET): ModelSheet {
  const note = 2 + SAMPLE_MERGED_NOTE_ROW;
  return sheetFromRows(name, [[SAMPLE_TITLE], SAMPLE_HEADER, ...SAMPLE_ROWS], {
    merges: [
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: note, left: 2, bottom: note, right: 4 },
    ],
  });
}

const sampleBook = (...more: ModelSheet[]): WorkbookModel => ({ sheets: [sampleModelSheet(), ...more], names: [] });

/** Settings of a run of a case. */
export function runSettings(run: ConformanceRun): Settings {
  return { ...DEFAULT_SETTINGS, sheet: SOURCE_SHEET, ...run.settings };
}

/** A sheet of the officer's that refers to the generated sheets (and mentions one in text, which stays text). */
export function addReferencingSheet(appendix: string, summary: string) {
  return (model: WorkbookModel): WorkbookModel => {
    const out = cloneModel(model);
    const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
    out.sheets.push(
      sheetFromRows("Ghi chú", [
        [`=${quote(appendix)}!E5`],
        [`=SUM(${quote(summary)}!B3:B4)`],
        [`Xem ${appendix}!E5 trong báo cáo`],
        [`="${appendix}: "&${quote(appendix)}!A1`],
      ]),
    );
    return out;
  };
}

/** A new indicator typed under the last row of the sample table. */
export function addTableRow(model: WorkbookModel): WorkbookModel {
  const out = cloneModel(model);
  const sheet = requireSheet(out, SOURCE_SHEET);
  const row = 2 + SAMPLE_ROWS.length;
  const values = [6, "Tỷ lệ đoàn viên tham gia sinh hoạt định kỳ", 90, 95];
  values.forEach((v, c) => (ensureCell(sheet, row, c).value = v));
  return out;
}

/** The officer's own conditional formats: one beside our columns (notes), one over the result and rate columns. */
function withUserRules(): WorkbookModel {
  const model = sampleBook();
  const sheet = model.sheets[0]!;
  const last = 1 + SAMPLE_ROWS.length;
  sheet.conditionalFormats = [
    {
      ranges: [{ top: 2, left: 5, bottom: last, right: 5 }],
      formula: "=LEN($F3)>0",
      fill: "#FFF2CC",
      fontColor: "#7F6000",
      stopIfTrue: false,
    },
    {
      ranges: [{ top: 1, left: 3, bottom: last, right: 4 }],
      formula: "=ISNUMBER($D2)",
      fill: "#FCE4D6",
      fontColor: "#833C0B",
      stopIfTrue: false,
    },
  ];
  return model;
}

function withUserAppendixSheet(): WorkbookModel {
  return sampleBook(sheetFromRows("Phụ lục", [["Phụ lục của tôi"], [1, "=A2*2"], ["=- ghi chú"]]));
}

const first: ConformanceRun = { label: "first run" };
const again = (label = "re-run"): ConformanceRun => ({ label });

export const CONFORMANCE_CASES: ConformanceCase[] = [
  { name: "the sample", excelApi: "1.13", caps: API_CAPABILITIES["1.13"], seed: () => sampleBook(), runs: [first] },
  {
    name: "a re-run on the output, with the officer's references to the generated sheets",
    excelApi: "1.13",
    caps: API_CAPABILITIES["1.13"],
    seed: () => sampleBook(),
    runs: [first, { label: "re-run", edit: addReferencingSheet("Phụ lục", "Tổng hợp") }],
  },
  {
    name: "a re-run after a row was added to the table",
    excelApi: "1.13",
    caps: API_CAPABILITIES["1.13"],
    seed: () => sampleBook(),
    runs: [first, { label: "re-run after a new row", edit: addTableRow }],
  },
  {
    name: "a language switch, vi then en",
    excelApi: "1.13",
    caps: API_CAPABILITIES["1.13"],
    seed: () => sampleBook(),
    runs: [
      first,
      { label: "re-run in English", settings: { lang: "en" }, edit: addReferencingSheet("Phụ lục", "Tổng hợp") },
    ],
  },
  {
    name: "ExcelApi 1.1: static fills, no layout, no names, no print setup",
    excelApi: "1.1",
    caps: API_CAPABILITIES["1.1"],
    seed: () => sampleBook(),
    runs: [first, again()],
  },
  {
    name: "ExcelApi 1.6: conditional formats and layout, no sheet view or print setup",
    excelApi: "1.6",
    caps: API_CAPABILITIES["1.6"],
    seed: () => sampleBook(),
    runs: [first, { label: "re-run after a new row", edit: addTableRow }],
  },
  {
    name: "ExcelApi 1.13: a re-run after a new row and a language switch",
    excelApi: "1.13",
    caps: API_CAPABILITIES["1.13"],
    seed: () => sampleBook(),
    runs: [first, { label: "re-run in English after a new row", settings: { lang: "en" }, edit: addTableRow }],
  },
  {
    name: "the officer's conditional formats beside and over our columns",
    excelApi: "1.13",
    caps: API_CAPABILITIES["1.13"],
    seed: withUserRules,
    runs: [first, again()],
  },
  {
    name: 'a user\'s own sheet named "Phụ lục"',
    excelApi: "1.13",
    caps: API_CAPABILITIES["1.13"],
    seed: withUserAppendixSheet,
    runs: [first, { label: "re-run", edit: addReferencingSheet("Phụ lục (2)", "Tổng hợp") }],
  },
];
