import { toSheetGrid } from "./toSheetGrid";

describe("toSheetGrid", () => {
  it("puts values at their sheet coordinates and reads blanks as null", () => {
    const grid = toSheetGrid(
      "Sheet1",
      [
        {
          rowIndex: 2,
          columnIndex: 1,
          values: [
            ["Số TT", "", 0.95],
            [1, "#DIV/0!", true],
          ],
          numberFormat: [
            ["General", "@", "0%"],
            ["0", "General", "General"],
          ],
        },
      ],
      [{ top: 2, left: 1, bottom: 2, right: 2 }],
      null,
    );
    expect(grid.values).toEqual([[], [], [null, "Số TT", null, 0.95], [null, 1, "#DIV/0!", true]]);
    expect(grid.formats).toEqual([[], [], [null, null, "@", "0%"], [null, "0", null, null]]);
    expect(grid.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
    expect(grid.formulas).toBeUndefined();
  });

  it("joins row bands read in several syncs", () => {
    const grid = toSheetGrid(
      "S",
      [
        { rowIndex: 0, columnIndex: 0, values: [["a"], ["b"]], numberFormat: null },
        { rowIndex: 2, columnIndex: 0, values: [["c"]], numberFormat: null },
      ],
      [],
      null,
    );
    expect(grid.values).toEqual([["a"], ["b"], ["c"]]);
  });

  it("flags the cells of the formula areas", () => {
    const grid = toSheetGrid(
      "S",
      [
        {
          rowIndex: 0,
          columnIndex: 0,
          values: [
            [1, 2],
            [3, 4],
          ],
          numberFormat: null,
        },
      ],
      [],
      [{ top: 0, left: 1, bottom: 1, right: 1 }],
    );
    expect(grid.formulas?.[0]?.[1]).toBe(true);
    expect(grid.formulas?.[1]?.[1]).toBe(true);
    expect(grid.formulas?.[0]?.[0]).toBeUndefined();
  });
});
