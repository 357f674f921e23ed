import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";

describe("classifyUnit: a % format marks the lines formatted so", () => {
  it.each([
    ["plain numbers under a %-formatted first line", "Target", "0.00%", [true, false]],
    ["the same under a % header", "Target (%)", "0.00%", [true, true]],
    ["a literal % in the format, on every line", "Target", '0.0"%"', [true, true]],
  ])("%s → percent %j", (_what, target, firstFormat, percent) => {
    const first = firstFormat === '0.0"%"' ? [97.7, 97.77] : [0.977, 0.9777];
    const r = analyzeWorkbook(
      book(
        sheet(
          "S",
          [
            ["Measure", target, "Actual"],
            ["Council Tax collected", ...first],
            ["Empty homes back in use", 35, 4],
          ],
          { formats: { B2: firstFormat, C2: firstFormat } },
        ),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.indicators.map((i) => i.percent)).toEqual(percent);
  });
});

describe("classifyUnit: a line with no figure takes no unit from the formats of others", () => {
  it.each([
    ["a sentence for its result", null, "We continue to add our phone number to all letters.", null],
    ["a figure of its own", null, 0.9, "%"],
  ])("%s → %j", (_what, target, result, unit) => {
    const r = analyzeWorkbook(
      book(
        sheet(
          "S",
          [
            ["Measure", "Target", "Actual"],
            ["Online access to report repairs", 0.95, 0.98],
            ["Publicise our phone number", target, result],
          ],
          { formats: { B2: "0%", C2: "0%" } },
        ),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.indicators[1]?.unit ?? null).toBe(unit);
  });
});
