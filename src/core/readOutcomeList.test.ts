import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { readNoteOutcome, readOutcomeLists, readOutcomePhrase } from "./readOutcomeList";
import type { DraftRow } from "./readRows";

describe("readOutcomePhrase: a target's fate in a few words", () => {
  it.each([
    ["The key positive performance areas were noted above target:", "exceeded"],
    ["The following areas were noted as being below target:", "notMet"],
    ["all above the current target", "exceeded"],
    ["Ahead of target", "exceeded"],
    ["Targets exceeded", "exceeded"],
    ["on target", "met"],
    ["Targets met", "met"],
    ["Not on target", "notMet"],
    ["Off target", "notMet"],
    ["Các chỉ tiêu không đạt", "notMet"],
    ["Chỉ tiêu vượt kế hoạch", "exceeded"],
    ["Các chỉ tiêu đạt", "met"],
    ["Chỉ tiêu đạt và vượt kế hoạch", null],
    ["Số chỉ tiêu đạt và vượt kế hoạch (theo lĩnh vực)", null],
    ["on track to meet the end of year target", null],
    ["Customer services", null],
    ["Target", null],
  ])("%j → %s", (text, status) => {
    expect(readOutcomePhrase(text)).toBe(status);
  });
});

describe("readNoteOutcome: a line's own note of a few words as its verdict", () => {
  it.each([
    ["on target", "met"],
    ["above target", "exceeded"],
    ["all above the current target", "exceeded"],
    ["1% below target", null],
    ["against a target of 20", null],
    ["on track to meet the end of year target", null],
    ["The figure is well below target this quarter because of staff absence", null],
    ["", null],
  ])("%j → %s", (notes, status) => {
    expect(readNoteOutcome(notes)).toBe(status);
  });
});

describe("readOutcomeLists: the list heading each line sits in", () => {
  const heading = (row: number, label: string, depth = 0): DraftRow => ({
    kind: "heading",
    row,
    number: "",
    label,
    depth,
  });
  const line = (row: number) => ({ kind: "indicator", row }) as unknown as DraftRow;
  it("holds a list's lines until a heading no deeper than it, keeps deeper headings inside", () => {
    const lists = readOutcomeLists([
      line(1),
      heading(2, "Above target"),
      line(3),
      heading(4, "Customer services", 1),
      line(5),
      heading(6, "Below target"),
      line(7),
      heading(8, "Other lines"),
      line(9),
    ]);
    expect(lists?.map((l) => l?.row ?? null)).toEqual([null, 2, 2, 6, null]);
    expect(lists?.map((l) => l?.status ?? null)).toEqual([null, "exceeded", "exceeded", "notMet", null]);
  });
  it("is null for a table without such a heading", () => {
    expect(readOutcomeLists([heading(0, "Finance"), line(1)])).toBeNull();
  });
});

describe("judging lines by the list of outcomes they sit in", () => {
  const run = () =>
    analyzeWorkbook(
      book(
        sheet("S", [
          ["Performance indicator", "Target", "Q1", "Comments"],
          ["The key performance areas were noted above target:"],
          ["Leisure visits", null, 113340, "above target"],
          ["Planning applications", null, null, "all above the current target"],
          ["Business rates collected", null, "around 30%", "on target"],
          ["Gym memberships", null, 3823, "steady growth"],
          ["Change of circumstances (days)", 5, 4, "compared to a target of 5"],
          ["The following areas were noted as being below target:"],
          ["New claims (days)", 20, 22, "against a target of 20"],
          ["Percentage of complaints responded to within 10 days", 0.9, 0.95, "against 90%"],
        ]),
      ),
    );
  it.each([
    // A note that is a verdict clause ("above target") is the line's own words (readStatedVerdict) before this.
    ["Leisure visits", "exceeded", "higher", "verdictInWords"],
    ["Planning applications", "exceeded", "higher", "statusFromNote"],
    ["Business rates collected", "met", "higher", "verdictInWords"],
    ["Gym memberships", "exceeded", "higher", "statusFromList"],
    ["Change of circumstances (days)", "exceeded", "lower", "directionFromList"],
    ["New claims (days)", "notMet", "lower", "directionFromList"],
    ["Percentage of complaints responded to within 10 days", "exceeded", "higher", "listVerdictDiffers"],
  ])("%j: %s, %s, warned %s", (label, status, direction, code) => {
    const r = run();
    if (!r.ok) throw new Error(r.error.code);
    const x = r.value.indicators.find((i) => i.label === label)!;
    expect([x.status, x.direction]).toEqual([status, direction]);
    expect(r.value.warnings.some((w) => w.code === code && w.row === x.row)).toBe(true);
  });
  it("names the list's heading in its warnings", () => {
    const r = run();
    if (!r.ok) throw new Error(r.error.code);
    const w = r.value.warnings.find((x) => x.code === "statusFromList");
    expect(w?.address).toBe("A2");
  });
});
