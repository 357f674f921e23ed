import { rate, roundHalfAway, scoreIndicator } from "./computeAttainment";
import { parseValue } from "./parseValue";
import type { Method } from "./types";

describe("roundHalfAway", () => {
  it.each([
    [102.5, 0, 103],
    [-102.5, 0, -103],
    [105.263, 0, 105],
    [1.005, 2, 1.01],
    [99.95, 1, 100],
    [108, 0, 108],
    [0.000001, 2, 0],
  ])("%s to %s decimals -> %s", (value, decimals, expected) => {
    expect(roundHalfAway(value, decimals)).toBe(expected);
  });

  // The rule as first written: every value shifted through its decimal string.
  const throughText = (value: number, decimals: number): number => {
    const abs = String(Math.abs(value));
    const shifted = abs.includes("e") ? Math.abs(value) * 10 ** decimals : Number(`${abs}e${decimals}`);
    return ((value < 0 ? -1 : 1) * Math.round(shifted + 1e-9)) / 10 ** decimals || 0;
  };

  it("rounds as the decimal string does, halves and rates of small whole numbers included", () => {
    const values: number[] = [];
    for (let a = 1; a <= 300; a++)
      for (let b = 1; b <= 60; b++) values.push((a / b) * 100, a / b, 100 + a / 8 - b / 16, -a / b, a * 0.005);
    for (let i = 0; i < 5_000; i++) values.push(Math.round(Math.random() * 1e6) / 1000, Math.random() * 1e4);
    const differ = values.flatMap((v) =>
      [0, 1, 2, 3].filter((d) => roundHalfAway(v, d) !== throughText(v, d)).map((d) => `${v} to ${d}`),
    );
    expect(differ).toEqual([]);
  });
});

describe("rate", () => {
  it.each([
    [95, 100, "higher", "points", 105],
    [50, 80, "higher", "points", 130],
    [80, 82, "higher", "points", 102],
    [90, 100, "higher", "points", 110],
    [20, 28, "higher", "points", 108],
    [20, 28, "higher", "ratio", 140],
    [95, 100, "higher", "ratio", 105.263157894737],
    [5, 3, "lower", "points", 102],
    [5, 4, "lower", "ratio", 125],
    [0, 5, "higher", "ratio", null],
    [5, 0, "lower", "ratio", null],
    [-180, 2581, "higher", "ratio", null],
    [0, 5, "higher", "points", 105],
  ] as const)("target %s result %s %s %s -> %s", (t, r, dir, method, expected) => {
    const got = rate(t, r, dir, method);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 9);
  });
});

const score = (t: string | number | null, r: string | number | null, method: Method = "points") =>
  scoreIndicator(parseValue(t), parseValue(r), method);

describe("scoreIndicator", () => {
  it.each([
    [100, 100, "met", 100],
    [95, 100, "exceeded", 105],
    [100, 95, "notMet", 95],
    ["≥ 90", 92, "exceeded", 102],
    ["≥ 90", 90, "met", 100],
    ["≤ 5", 3, "exceeded", 102],
    ["≤ 5", 5, "met", 100],
    ["không quá 5", 7, "notMet", 98],
    ["6,6–6,8", 6.7, "met", 100],
    ["6,6–6,8", 7, "exceeded", 100.2],
    ["6,6–6,8", 6.5, "notMet", 99.9],
    ["33 - 34", 35, "exceeded", 101],
  ] as const)("points: %s against %s -> %s %s", (t, r, status, exact) => {
    const s = score(t, r);
    expect(s.status).toBe(status);
    expect(s.exact).toBeCloseTo(exact, 9);
  });

  it.each([
    ["< 7,6", 7.6, "notMet", null],
    ["dưới 4", 4, "notMet", null],
    ["> 90", 90, "notMet", null],
    ["< 7,6", 7.5, "exceeded", 100.1],
    ["≤ 7,6", 7.6, "met", 100],
  ] as const)("a strict bound %s against %s -> %s %s", (t, r, status, exact) => {
    const s = score(t, r);
    expect([s.status, s.exact === null ? null : Number(s.exact.toFixed(6))]).toEqual([status, exact]);
    if (exact === null) expect(s.problem).toMatchObject({ code: "strictBound", which: "target" });
  });

  it("takes the status from the values, not from a rounded rate", () => {
    const s = score(100, 100.2, "ratio");
    expect(s.status).toBe("exceeded");
    expect(roundHalfAway(s.exact!, 0)).toBe(100);
  });

  it("scores lower-is-better ranges in reverse", () => {
    expect(score("không quá 6,6–6,8", 6.5).status).toBe("exceeded");
    expect(score("không quá 6,6–6,8", 7).status).toBe("notMet");
  });

  it.each([
    ["Đạt", "Đạt", "met"],
    ["Đạt", "Không đạt", "notMet"],
    ["Hoàn thành", "Chưa hoàn thành", "notMet"],
    ["Đạt", "Vượt", "exceeded"],
  ] as const)("qualitative %s / %s -> %s with no rate", (t, r, status) => {
    expect(score(t, r)).toEqual({ exact: null, status, direction: "higher" });
  });

  it.each([
    [null, 5, "blankValue", "target"],
    [5, null, "blankValue", "result"],
    ["N/A", 5, "notANumber", "target"],
    ["#DIV/0!", 5, "errorValue", "target"],
    [5, "#N/A", "errorValue", "result"],
    [100, "Đạt", "mixedKinds", "result"],
  ] as const)("%s / %s is not evaluated (%s)", (t, r, code, which) => {
    const s = score(t, r);
    expect(s.status).toBe("notEvaluated");
    expect(s.exact).toBeNull();
    expect(s.problem).toMatchObject({ code, which });
  });

  it("gives no ratio against a zero divisor, but still a status from the values", () => {
    expect(score(0, 5, "ratio")).toMatchObject({ exact: null, status: "exceeded", problem: { code: "divideByZero" } });
    expect(score("≤ 5", 0, "ratio")).toMatchObject({
      exact: null,
      status: "exceeded",
      problem: { code: "divideByZero", which: "result" },
    });
  });

  it.each([
    ["≤ 0", 14, "notMet"],
    ["≤ 0", 0, "met"],
  ] as const)("gives no ratio for a lower-is-better aim of none: %s against %s", (t, r, status) => {
    expect(score(t, r, "ratio")).toMatchObject({
      exact: null,
      status,
      problem: { code: "divideByZero", which: "target" },
    });
  });
});
