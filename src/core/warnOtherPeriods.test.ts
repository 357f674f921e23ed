import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { describeWarning } from "./messages";

describe("warnOtherPeriods: another period's figure on the other side of the target", () => {
  it.each([
    ["January 2017", "Target (%)", 78, ["B2"]],
    ["January 2017", "Target (%)", 82, []],
    ["January 2015", "Target (%)", 78, []],
    // An amount of part of the year is no verdict on the year's target.
    ["January 2017", "Target", 78, []],
  ])(
    "%j with a target headed %j: %s beside the year to date 81 against 80 → warned at %j",
    (period, head, month, warned) => {
      const a = analyzeWorkbook(
        book(
          sheet("S", [
            ["Objective", period, "Year-to-date (since April 2016)", head],
            ["Post handled", month, 81, 80],
          ]),
        ),
      );
      if (!a.ok) throw new Error(a.error.code);
      expect(a.value.warnings.filter((w) => w.code === "otherPeriodVerdict").map((w) => w.address)).toEqual(warned);
    },
  );

  it("names the other period's figure in the units the line is shown in", () => {
    const a = analyzeWorkbook(
      book(
        sheet(
          "S",
          [
            ["Objective", "January 2017", "Year-to-date (since April 2016)", "Target"],
            ["% of post handled", 0.78, 0.81, 0.8],
          ],
          { formats: { B2: "0%", C2: "0%", D2: "0%" } },
        ),
      ),
      { lang: "en" },
    );
    if (!a.ok) throw new Error(a.error.code);
    const w = a.value.warnings.find((x) => x.code === "otherPeriodVerdict")!;
    expect(describeWarning(w, "en")).toContain("(78)");
  });
});
