import { gapInPoints } from "./readNotedGap";

describe("gapInPoints: a gap to the plan in the notes, counted in points", () => {
  it.each([
    ["giảm 3,32% so với kế hoạch (hoàn thành vượt mức kế hoạch giao)", 17.5, 14.18, true],
    ["thấp hơn 0,5% so với chỉ tiêu", 4, 3.5, true],
    ["vượt 1,2% so với kế hoạch", 90, 91.2, true],
    ["lower by 0.4% than the target", 2.4, 2, true],
    // A fall of 19 % is the share of the plan, not the points.
    ["giảm 19% so với kế hoạch", 17.5, 14.18, false],
    // The word goes against the figures.
    ["tăng 3,32% so với kế hoạch", 17.5, 14.18, false],
    // A change on last year, not a gap to the plan: its figure is not the line's gap.
    ["tăng 8% so với cùng kỳ", 50, 52, false],
    ["Đã hoàn thành", 17.5, 14.18, false],
    ["", 17.5, 14.18, false],
    ["giảm 0%", 5, 5, false],
  ])("%j for %d → %d: %s", (notes, target, result, expected) => {
    expect(gapInPoints(notes, target, result)).toBe(expected);
  });
});
