import { scoreIndicator } from "./computeAttainment";
import { parseValue } from "./parseValue";
import { readNotScored } from "./readNotScored";
import { readStatusWord } from "./readStatusWord";
import type { Direction } from "./types";

describe("readNotScored: lines with figures that are not scored", () => {
  it.each([
    [0, 376, "higher", null, null, "zeroTarget"],
    [0, 9.4, "lower", "for info only", null, "notScoredByDocument"],
    [0, 376, "higher", "below target", null, null],
    [0, 376, "higher", null, 120, null],
    [0, 3, "lower", null, null, null],
    [40, 0, "lower", null, null, null],
    [10, 12, "higher", null, null, null],
  ] as const)("target %d, result %d, %s, status %j, reported %j → %s", (t, r, direction, word, reported, code) => {
    const target = parseValue(t);
    const score = scoreIndicator(target, parseValue(r), "ratio", direction as Direction);
    expect(readNotScored(target, score, readStatusWord(word), reported)?.code ?? null).toBe(code);
  });
});
