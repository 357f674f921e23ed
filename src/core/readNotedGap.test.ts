import { gapInPoints, readNotedExcess } from "./readNotedGap";

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

describe("readNotedExcess: an excess over an unprinted target among a line's notes", () => {
  it.each([
    ["Thi hành xong 3.751 việc; vượt 5,41%", "vượt 5,41%"],
    ["Thu hồi trên 68 tỷ đồng; vượt 20,27% chỉ tiêu Tổng cục giao", "vượt 20,27%"],
    ["vượt 1,2 % so với kế hoạch", "vượt 1,2 %"],
    ["Đã vượt 3%", "vượt 3%"],
    ["VƯỢT 4%", "VƯỢT 4%"],
    // A rise on an earlier period, not an excess over the target.
    ["Thi hành xong 2.107 việc; vượt 3% so với cùng kỳ", null],
    ["vượt 8% so với năm trước", null],
    // A verdict without a figure, a gap inside a phrase, a share of the plan.
    ["Thi hành xong 2.107 việc; vượt chỉ tiêu được giao", null],
    ["Số việc vượt 5% đã được chuyển kỳ sau", null],
    ["đạt 105% kế hoạch", null],
    ["vượt 0%", null],
    ["", null],
  ])("%j → %j", (notes, expected) => {
    expect(readNotedExcess(notes)).toBe(expected);
  });
});
