import { comparesLevels, gapAsRate } from "./inferMethod";

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

describe("comparesLevels: a gap in words that compares levels, not an excess on the plan", () => {
  it.each([
    ["Cao hơn 0,2% so với mức dự kiến", true],
    ["thấp hơn 5,25%", true],
    ["thap hon 1%", true],
    ["vượt 2,27% so với kế hoạch", false],
    ["hụt 3%", false],
    ["tăng 78%", false],
    ["Đạt kế hoạch", false],
  ])("%j → %s", (text, levels) => expect(comparesLevels(text)).toBe(levels));
});
