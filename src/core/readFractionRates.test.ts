import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";

describe("readsAsFractions: rates typed as fractions (1,05 for 105 %)", () => {
  const analyze = (rows: [number, number, number | string][]) => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "TH/KH"],
          ...rows.map(([t, a, rate], i) => [i + 1, `Chỉ tiêu ${i + 1}`, t, a, rate]),
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  };

  it.each([
    [
      "fractions",
      [
        [200, 210, 1.05],
        [100, 90, 0.9],
      ],
      true,
      [105, 90],
      [false, false],
    ],
    [
      "fractions, one mistyped",
      [
        [200, 210, 1.05],
        [100, 90, 0.9],
        [50, 60, 1.3],
      ],
      true,
      [105, 90, 130],
      [false, false, true],
    ],
    [
      "rates",
      [
        [200, 210, 105],
        [100, 90, 90],
      ],
      false,
      [105, 90],
      [false, false],
    ],
    [
      "gaps",
      [
        [98.3, 94.49, -3.81],
        [95, 97.05, 2.05],
      ],
      false,
      [-3.81, 2.05],
      [false, false],
    ],
    ["one fraction alone", [[200, 210, 1.05]], false, [1.05], [true]],
  ] as [string, [number, number, number][], boolean, number[], boolean[]][])(
    "%s",
    (_what, rows, warned, reported, discrepancies) => {
      const a = analyze(rows);
      expect(a.warnings.some((w) => w.code === "reportedFractions")).toBe(warned);
      expect(a.indicators.map((i) => i.reported)).toEqual(reported);
      expect(a.indicators.map((i) => i.discrepancy)).toEqual(discrepancies);
    },
  );
});
