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
    );
    expect(grid.values).toEqual([[], [], [null, "Số TT", null, 0.95], [null, 1, "#DIV/0!", true]]);
    expect(grid.formats?.[2]?.slice(1)).toEqual([null, "@", "0%"]);
    expect(grid.formats?.[3]?.slice(1)).toEqual(["0", null, null]);
    expect(grid.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 2 }]);
    expect(grid.formulas).toBeUndefined();
  });

  it("joins row bands read in several syncs, and formats read apart from values", () => {
    const grid = toSheetGrid(
      "S",
      [
        {
          rowIndex: 0,
          columnIndex: 0,
          values: [
            ["a", 1],
            ["b", 2],
          ],
        },
        { rowIndex: 2, columnIndex: 0, values: [["c", 3]] },
        { rowIndex: 1, columnIndex: 1, numberFormat: [["0%"], ["0.0"]] },
      ],
      [],
    );
    expect(grid.values).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    expect(grid.formats?.[2]?.[1]).toBe("0.0");
    expect(grid.formats?.[0]).toEqual([]);
  });

  it("keeps each merged area once when two bands report it", () => {
    const m = { top: 255, left: 2, bottom: 256, right: 4 };
    expect(toSheetGrid("S", [], [m, { ...m }]).merges).toEqual([m]);
  });
});
