import { gapAsRate } from "./inferMethod";

describe("gapAsRate: a gap to the plan in words as the rate it stands for", () => {
  it.each([
    ["vượt 0,05%", 100.05],
    ["vượt kế hoạch 1,34%", 101.34],
    ["thấp hơn 5,25%", 94.75],
    ["cao hơn 2%", 102],
    ["hụt 3%", 97],
    ["tăng 78%", null],
    ["Đạt kế hoạch", null],
  ])("%j → %s", (text, rate) => expect(gapAsRate(text)).toBe(rate));
});
