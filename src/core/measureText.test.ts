import { columnPoints, surelyFitting, textPoints, widthFor, wrappedLines } from "./measureText";

describe("surelyFitting", () => {
  it.each([
    [245, 13],
    [70, 13],
    [400, 14],
    [5, 13],
  ])("a line of %s points at %s pt holds that many of the widest characters, bold, on one line", (width, size) => {
    const n = surelyFitting(width, size);
    const widest = "—".repeat(n);
    expect(textPoints(widest, size, true)).toBeLessThanOrEqual(width);
    expect(wrappedLines(widest, width, size, true)).toBe(1);
  });

  it("holds 16 characters at the appendix label's width (245 points at 13 pt)", () => {
    expect(surelyFitting(245, 13)).toBe(16);
  });

  it("is 0 for a width with no room", () => {
    expect(surelyFitting(0, 13)).toBe(0);
    expect(surelyFitting(-10, 13)).toBe(0);
  });
});

describe("widthFor", () => {
  it.each([
    [273, 1, 52],
    [273.1, 1, 53],
    [10, 14, 14],
  ])("holds %d points at width %i or more in %i characters", (points, least, width) => {
    expect(widthFor(points, least)).toBe(width);
    if (width > least) expect(columnPoints(width - 1)).toBeLessThan(points);
  });
});
