import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { gapOf, isGap } from "./readGapColumn";
import type { ParsedValue } from "./types";

const n = (value: number): ParsedValue => ({ kind: "number", value });

describe("isGap: a reported figure that is result − target", () => {
  it.each([
    [-3.81, 98.3, 94.49, "higher", true],
    [2.05, 95, 97.05, "higher", true],
    [-31, 35, 4, "higher", true],
    [-0.73, 97.7, 97.77, "higher", false],
    [3, 10, 7, "lower", true],
    [3, 10, 7, "higher", false],
    [105, 95, 100, "higher", false],
    [18.2, 95.4, 112.8, "lower", true],
    [-100, 15, 0, "lower", true],
    [-11, 131.4, 117, "lower", true],
  ] as const)("%s beside %s → %s (%s is better) → %s", (reported, target, result, direction, expected) =>
    expect(isGap(reported, n(target), n(result), direction)).toBe(expected),
  );

  it("needs two numbers", () => expect(gapOf({ kind: "blank" }, n(4))).toBeNull());
});

describe("readsAsGaps: a rate column that holds gaps to the target", () => {
  const analyze = (rate: string, rows: [number, number, number][]) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [["Measure", "Target", "Actual", rate], ...rows.map(([t, a, g], i) => [`KPI ${i + 1}`, t, a, g])]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  };

  it.each([
    [
      "gaps, one mistyped",
      [
        [98.3, 94.49, -3.81],
        [95, 97.05, 2.05],
        [97.7, 97.77, -0.73],
      ],
      true,
      [false, false, true],
    ],
    [
      "counts of homes",
      [
        [35, 4, -31],
        [35, 17, -18],
      ],
      true,
      [false, false],
    ],
    [
      "rates by ratio",
      [
        [100, 110, 110],
        [80, 60, 75],
      ],
      false,
      [false, false],
    ],
    [
      "one gap among rates",
      [
        [100, 110, 110],
        [80, 60, 75],
        [50, 40, -10],
      ],
      false,
      [false, false, true],
    ],
  ] as [string, [number, number, number][], boolean, boolean[]][])("%s", (_what, rows, gaps, discrepancies) => {
    const a = analyze("Value vs Target", rows);
    expect(a.warnings.some((w) => w.code === "reportedGaps")).toBe(gaps);
    expect(a.indicators.map((i) => i.discrepancy)).toEqual(discrepancies);
    expect(a.indicators.every((i) => (i.reportedGap === true) === gaps)).toBe(true);
  });

  it("scores the lines by their own figures, not the gaps", () => {
    const a = analyze("Value vs Target", [
      [35, 4, -31],
      [35, 17, -18],
    ]);
    expect(a.indicators.map((i) => [i.attainment, i.status])).toEqual([
      [11, "notMet"],
      [49, "notMet"],
    ]);
  });
});
