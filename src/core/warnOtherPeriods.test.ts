import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";

describe("warnOtherPeriods: another period's figure on the other side of the target", () => {
  it.each([
    ["January 2017", 78, ["B2"]],
    ["January 2017", 82, []],
    ["January 2015", 78, []],
  ])("%j at %s beside the year to date 81 against 80 → warned at %j", (period, month, warned) => {
    const a = analyzeWorkbook(
      book(
        sheet("S", [
          ["Objective", period, "Year-to-date (since April 2016)", "Target"],
          ["Post handled", month, 81, 80],
        ]),
      ),
    );
    if (!a.ok) throw new Error(a.error.code);
    expect(a.value.warnings.filter((w) => w.code === "otherPeriodVerdict").map((w) => w.address)).toEqual(warned);
  });
});
