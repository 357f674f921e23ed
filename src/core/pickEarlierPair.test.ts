import type { ColumnHeader } from "./findHeader";
import { readHeader } from "./matchHeader";
import { CHANGE_CELL, earlierOnlyPair, isEarlierPeriod } from "./pickEarlierPair";

const header = (col: number, text: string): ColumnHeader => {
  const reading = readHeader(text);
  return { col, text, reading, year: reading.year, period: reading.period, unit: reading.unit };
};

describe("isEarlierPeriod: an earlier period's figures, not the change from them", () => {
  it.each([
    ["Before", true],
    ["Previous", true],
    ["Prior year", true],
    ["Same period last year", true],
    ["Cùng kỳ", true],
    ["Change on last year", false],
    ["Variance", false],
    ["% so cùng kỳ", false],
    ["Now", false],
    ["Comment", false],
  ])("%j → %s", (text, earlier) => expect(isEarlierPeriod(header(0, text))).toBe(earlier));
});

describe("earlierOnlyPair: a result beside an earlier period's, no target named", () => {
  it.each([
    [["Performance measure", "Before", "Now", "Comment"], { target: 2, result: 2, others: [1], noTarget: true }],
    [["Measure", "Current", "Previous"], { target: 1, result: 1, others: [2], noTarget: true }],
    [["Measure", "Previous", "Current", "Change on last year"], { target: 2, result: 2, others: [1], noTarget: true }],
    [["Measure", "Target", "Before", "Now"], null],
    [["Measure", "Before", "Now", "% of target"], null],
    [["Measure", "Now", "Comment"], null],
    [["Measure", "Before", "Change"], null],
    [["Measure", "Actual", "Current", "Previous"], null],
  ])("%j → %j", (texts, expected) => {
    const pair = earlierOnlyPair(
      texts.map((t, i) => header(i, t)),
      () => false,
    );
    if (expected === null) expect(pair).toBeNull();
    else expect(pair).toMatchObject(expected);
  });
});

describe("earlierOnlyPair: an earlier period's name over changes is a comparison", () => {
  it.each([
    [true, null],
    [false, { result: 1, others: [2] }],
  ])("changes below: %s → %j", (changes, expected) => {
    const pair = earlierOnlyPair(
      ["Measure", "Actual", "Last Year"].map((t, i) => header(i, t)),
      () => changes,
    );
    if (expected === null) expect(pair).toBeNull();
    else expect(pair).toMatchObject(expected);
  });
});

describe("CHANGE_CELL: a change, not a figure", () => {
  it.each([
    ["tăng 103%", true],
    ["Giảm 5,2%", true],
    ["Increase of 3%", true],
    ["+2.1", true],
    ["79.7%(April to December 2002)", false],
    ["1.70 million (April to December 2002)", false],
    ["-", false],
    ["Upper quartile", false],
  ])("%j → %s", (text, change) => expect(CHANGE_CELL.test(text)).toBe(change));
});
