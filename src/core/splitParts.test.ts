import { splitParts } from "./splitParts";
import type { CellValue, Warning } from "./types";

const split = (target: CellValue, result: CellValue, label = "A") => {
  const warnings: Warning[] = [];
  const parts = splitParts({ target, result, reported: null, label }, 4, { target: 3, result: 4 }, warnings);
  return {
    parts: parts.map((p) => [p.target, p.result, p.targetShown ?? null]),
    warnings: warnings.map((w) => [w.code, w.address]),
  };
};

describe("splitParts: one indicator per line of a multi-line cell", () => {
  it.each([
    ["one line each", 95, 100, [[95, 100, null]], []],
    [
      "a line each",
      "95\n50",
      "100\n80",
      [
        ["95", "100", null],
        ["50", "80", null],
      ],
      [],
    ],
    ["different counts", "95\n50", "100", [["95\n50", "100", null]], [["partsMismatch", "D5"]]],
    [
      "a count over its shares by group",
      "200\nWomen:40%\nYouth:30%",
      "269\nWomen:48.70%",
      [["200", "269", "200\nWomen:40%\nYouth:30%"]],
      [
        ["remarkLine", "D5"],
        ["remarkLine", "D5"],
        ["remarkLine", "E5"],
      ],
    ],
    [
      "groups on lines of their own",
      "Nam: 95\nNữ: 50",
      "Nam: 100\nNữ: 80",
      [
        ["Nam: 95", "Nam: 100", null],
        ["Nữ: 50", "Nữ: 80", null],
      ],
      [],
    ],
    [
      "a target in two units, the result in one",
      "9 per day\n3250 pa",
      "7.3 per day",
      [["9 per day", "7.3 per day", "9 per day\n3250 pa"]],
      [["targetInResultUnit", "D5"]],
    ],
    [
      "two lines in the result's unit",
      "9 per day\n10 per day",
      "7.3 per day",
      [["9 per day\n10 per day", "7.3 per day", null]],
      [["partsMismatch", "D5"]],
    ],
    ["a change word over its figure", "Giảm\n2,5-3", "Giảm\n6,55", [["Giảm 2,5-3", "Giảm 6,55", "Giảm\n2,5-3"]], []],
    [
      "a remark under each value",
      "0,7%\n(còn 4,33%)",
      "0,86%\n(còn 4,17%)",
      [["0,7%", "0,86%", "0,7%\n(còn 4,33%)"]],
      [
        ["remarkLine", "D5"],
        ["remarkLine", "E5"],
      ],
    ],
    [
      "a remark under the target only",
      "0,7%\n(còn 4,33%)",
      "0,86%",
      [["0,7%", "0,86%", "0,7%\n(còn 4,33%)"]],
      [["remarkLine", "D5"]],
    ],
    [
      "remarks under two values",
      "5\n(cũ)\n6",
      "5\n7",
      [
        ["5", "5", "5\n(cũ)"],
        ["6", "7", null],
      ],
      [["remarkLine", "D5"]],
    ],
    [
      "a bracketed number is a value",
      "(4,395)\n(1,200)",
      "(4,100)\n(1,300)",
      [
        ["(4,395)", "(4,100)", null],
        ["(1,200)", "(1,300)", null],
      ],
      [],
    ],
  ] as const)("%s", (_what, target, result, parts, warnings) => {
    expect(split(target, result)).toEqual({ parts, warnings });
  });
});
