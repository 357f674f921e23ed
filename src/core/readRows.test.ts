import { book, sheet } from "../../test/support/grid";
import type { CellValue } from "./types";
import { analyzeWorkbook } from "./analyzeWorkbook";

/** The kind of each content row, "i" for a line and "h" for a heading, and each line's status. */
function read(rows: CellValue[][]): { kinds: string; statuses: string[] } {
  const r = analyzeWorkbook(book(sheet("S", rows)));
  if (!r.ok) throw new Error(r.error.code);
  return {
    kinds: r.value.rows.map((row) => (row.kind === "indicator" ? "i" : "h")).join(""),
    statuses: r.value.indicators.map((i) => i.status),
  };
}

describe("readRows: a row without figures is a line, not a heading, where it reads as one", () => {
  const HEAD = ["KPI", "Target", "Actual", "Statement"];
  it.each([
    [
      "its note is a statement of its own",
      [
        ["Rate of positive drug tests", 16, 12.4, null],
        ["Staff sickness", null, null, "New arrangements deal with the high levels of staff sickness in the Service."],
        ["Escapes", null, 11, null],
      ],
      "iii",
    ],
    [
      "its note judges the target in a sentence",
      [
        ["Rate of positive drug tests", 16, 12.4, null],
        ["Purposeful activity", null, null, "The purposeful activity target would have been met but for a rise."],
      ],
      "ii",
    ],
    [
      "a caption with no note heads the lines under it",
      [
        ["Custody", null, null, null],
        ["Rate of positive drug tests", 16, 12.4, null],
        ["Escapes", 20, 11, null],
      ],
      "hii",
    ],
    [
      "a note of a word or two is no statement",
      [
        ["Custody", null, null, "See below"],
        ["Rate of positive drug tests", 16, 12.4, null],
      ],
      "hi",
    ],
  ])("%s", (_what, rows, kinds) => expect(read([HEAD, ...(rows as CellValue[][])]).kinds).toBe(kinds));

  it.each([
    [
      "a sentence under a sentence is a line",
      "Publicise ways to make a complaint if things go wrong, and what to do next.",
      "Acknowledge and record your complaint within 5 working days.",
      "iii",
    ],
    [
      "a caption under a sentence heads the lines below",
      "Complaints",
      "Acknowledge your complaint within 5 days.",
      "ihi",
    ],
    ["a short sentence is a caption", "Complaints handling.", "Acknowledge your complaint within 5 days.", "ihi"],
  ])("%s", (_what, middle, last, kinds) =>
    expect(
      read([
        ["Our commitment", "Target", "December 2025"],
        ["Provide you with 24/7 online access to report repairs.", 0.95, 0.98],
        [middle, null, null],
        [last, 5, 4],
      ]).kinds,
    ).toBe(kinds),
  );

  it("judges a line without figures by its statement", () =>
    expect(
      read([
        HEAD,
        ["Rate of positive drug tests", 16, 12.4, null],
        ["Offending behaviour programmes", null, null, "The Service met the overall target for the programmes."],
        ["Basic skills", null, null, "Although the basic skills targets were not met, 50,000 certificates were won."],
        ["Staff sickness", null, null, "New arrangements deal with the high levels of staff sickness in the Service."],
      ]).statuses,
    ).toEqual(["exceeded", "met", "notMet", "notEvaluated"]));
});
