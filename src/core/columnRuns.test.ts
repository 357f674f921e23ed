import { runs, runsByKey } from "./columnRuns";
import type { CellRange } from "./types";

const range = (top: number, bottom: number, col = 5): CellRange => ({ top, left: col, bottom, right: col });

describe("runs", () => {
  it.each([
    ["all rows", () => true, [range(0, 3)]],
    ["no row", () => false, []],
    ["a gap", (r: number) => r !== 2, [range(0, 1), range(3, 3)]],
  ])("%s", (_, ok, expected) => expect(runs(0, 3, 5, ok)).toEqual(expected));
});

describe("runsByKey", () => {
  it.each([
    ["a, a, b, a", ["a", "a", "b", "a"], { a: [range(0, 1), range(3, 3)], b: [range(2, 2)] }],
    ["a gap between equal keys", ["a", null, "a", "a"], { a: [range(0, 0), range(2, 3)] }],
    ["no keys", [null, null, null, null], {}],
  ] as const)("%s gives what runs gives for each key", (_, keys, expected) => {
    const got = runsByKey(0, 3, 5, (r) => keys[r] ?? null);
    expect(Object.fromEntries(got)).toEqual(expected);
    for (const key of ["a", "b"] as const) expect(got.get(key) ?? []).toEqual(runs(0, 3, 5, (r) => keys[r] === key));
  });
});
