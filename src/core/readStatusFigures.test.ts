import { sheet } from "../../test/support/grid";
import type { ColumnHeader } from "./findHeader";
import { readHeader } from "./matchHeader";
import { statusFiguresAsResult } from "./readStatusFigures";
import { SheetAccess } from "./sheetAccess";
import type { CellValue } from "./types";

const header = (col: number, text: string): ColumnHeader => {
  const reading = readHeader(text);
  return { col, text, reading, year: reading.year, period: reading.period, unit: reading.unit };
};

/** The first role of each column after the reading, for a header row over body rows. */
function roles(rows: CellValue[][]): (string | undefined)[] {
  const access = new SheetAccess(sheet("S", rows));
  const headers = (rows[0] as string[]).map((t, i) => header(i, t));
  return statusFiguresAsResult(access, 0, headers).map((h) => h.reading.matches[0]?.role);
}

describe("statusFiguresAsResult: a status column of figures beside a target, no result named", () => {
  it.each<[string, CellValue[][], (string | undefined)[]]>([
    [
      "figures under the status: the result",
      [
        ["Indicator / Metric", "2016-17 Status", "2018 Goal"],
        ["Graduation Rate", 0.94, 0.95],
        ["Attendance Rate", 0.952, 0.953],
        ["Reading", "61%\n(2016 is the baseline year)", 0.67],
      ],
      ["label", "result", "target"],
    ],
    [
      "figures typed as text count too",
      [
        ["Measure", "Target", "Current status"],
        ["Calls answered", "90%", "92%"],
        ["Repairs on time", "95%", "93%"],
      ],
      ["label", "target", "result"],
    ],
    [
      "status words stay the status",
      [
        ["Measure", "Target", "Status"],
        ["Calls answered", 0.9, "On track"],
        ["Repairs on time", 0.95, "Not met"],
      ],
      ["label", "target", "status"],
    ],
    [
      "a status word among the figures keeps it the status",
      [
        ["Measure", "Target", "Status"],
        ["Calls answered", 0.9, 1],
        ["Repairs on time", 0.95, 2],
        ["Staff", 0.95, "Achieved"],
      ],
      ["label", "target", "status"],
    ],
    [
      "a result named: the status is the status",
      [
        ["Measure", "Target", "Actual", "Status"],
        ["Calls answered", 0.9, 0.92, 1],
        ["Repairs on time", 0.95, 0.93, 2],
      ],
      ["label", "target", "result", "status"],
    ],
    [
      "no target named: left as it is",
      [
        ["Measure", "Status"],
        ["Calls answered", 0.92],
        ["Repairs on time", 0.93],
      ],
      ["label", "status"],
    ],
    [
      "a single figure is not enough",
      [
        ["Measure", "Target", "Status"],
        ["Calls answered", 0.9, 0.92],
        ["Repairs on time", 0.95, "see note"],
      ],
      ["label", "target", "status"],
    ],
  ])("%s", (_, rows, expected) => expect(roles(rows)).toEqual(expected));
});
