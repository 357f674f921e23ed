import { expandShortYears, isPeriodOnly, isShortYearPair } from "./readPeriodHeader";

describe("isPeriodOnly: a header naming a period and nothing else", () => {
  it.each([
    ["Q1", true],
    ["Q4*", true],
    ["Q3 2023/24", true],
    ["Quarter 2", true],
    ["(Dec Qtr)", true],
    ["December quarter 2011", true],
    ["Qtr 3", true],
    ["Total Number (Dec Qtr)", false],
    ["Q1 (April to June 2019)", true],
    ["2016 to 2017", true],
    ["Quý IV", true],
    ["Tháng 6", true],
    ["Jan", true],
    ["Dec 17", true],
    ["Apr-18", true],
    ["January 2024", true],
    ["Jan to Mar 2024", true],
    ["Apr 2023 to Mar 2024", true],
    ["2022", true],
    ["2020/21", true],
    ["2019-20", true],
    ["FY2026", true],
    ["23/24", true],
    ["FY22-23", true],
    ["17/21", false],
    ["Thực hiện Q4", false],
    ["Target", false],
    ["Q4 Actual", false],
    ["", false],
    ["Decisions", false],
    ["Marketing", false],
  ])("%j → %s", (text, expected) => expect(isPeriodOnly(text)).toBe(expected));
});

describe("expandShortYears: a budget book's short fiscal years written out", () => {
  it.each([
    ["fy22-23 ye proj.", "fy 2022-23 ye proj."],
    ["fy 22/23", "fy 2022/23"],
    ["23/24", "2023/24"],
    ["target 24/25", "target 2024/25"],
    ["fy24 budget", "fy 2024 budget"],
    ["99/00", "1999/00"],
    ["17/21", "17/21"],
    ["ke hoach 2023", "ke hoach 2023"],
    ["115/116 ha", "115/116 ha"],
  ])("%j → %j", (folded, expected) => expect(expandShortYears(folded)).toBe(expected));
});

describe("isShortYearPair: a short fiscal year alone in a cell", () => {
  it.each([
    ["23/24", true],
    ["FY22-23", true],
    ["24 / 25", true],
    ["17/21", false],
    ["2023/24", false],
    ["Target 24/25", false],
  ])("%j → %s", (text, expected) => expect(isShortYearPair(text)).toBe(expected));
});
