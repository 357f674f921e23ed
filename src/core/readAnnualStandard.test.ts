import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { readAnnualStandard } from "./readAnnualStandard";

const NOTE =
  "Those target timeframes are summarised for the December quarter 2011. It should be noted that the targets are annual performance targets.";

describe("readAnnualStandard: a part of the year set against targets said to be annual", () => {
  it.each([
    ["(Dec Qtr)", NOTE, "Dec Qtr"],
    ["Q2 2023/24", "Annual targets are shown against the quarter.", "Q2 2023/24"],
    [
      "Year to date",
      "ETSA is required to provide advice within specified timeframes on an annual basis.",
      "Year to date",
    ],
    ["(Dec Qtr)", "Table 1 - Customer Service", null],
    ["2011", NOTE, null],
    ["Actual", NOTE, null],
    ["(Dec Qtr)", "", null],
  ])("%j under %j → %j", (header, captions, part) => {
    expect(readAnnualStandard(header, captions)).toBe(part);
  });
});

describe("a quarter's shares under a period-only header, against annual standards in words", () => {
  const run = (above: string) =>
    analyzeWorkbook(
      book(
        sheet(
          "S",
          [
            [above],
            [],
            ["Performance Measure", "Target", "Total Number\n(Dec Qtr)", "(Dec Qtr)"],
            ["Respond to telephone calls", "85% within 30 seconds", 165457, 0.9],
            ["Respond to written enquiries", "95% within 5 business days", 885, 0.93],
            ["Planned interruptions", "At least 4 business days written notice", 898, 0.96],
          ],
          { formats: { D4: "0%", D5: "0%", D6: "0%" } },
        ),
      ),
    );
  it.each([
    ["It should be noted that the targets are annual performance targets.", true],
    ["Table 1 - Customer Service", false],
  ])(
    "%j: found, shares against their standards, the notice not comparable; part of the year warned: %s",
    (above, part) => {
      const r = run(above);
      if (!r.ok) throw new Error(r.error.code);
      expect(r.value.table.columns.result).toBe(3);
      expect(r.value.indicators.map((i) => i.status)).toEqual(["exceeded", "notMet", "notEvaluated"]);
      expect(r.value.indicators[2]!.direction).toBe("higher");
      const codes = (row: number) => r.value.warnings.filter((w) => w.row === row).map((w) => w.code);
      expect(codes(5)).toContain("targetOtherUnit");
      expect(codes(3).includes("partYear")).toBe(part);
    },
  );
});
