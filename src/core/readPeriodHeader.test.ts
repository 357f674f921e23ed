import { isPeriodOnly } from "./readPeriodHeader";

describe("isPeriodOnly: a header naming a period and nothing else", () => {
  it.each([
    ["Q1", true],
    ["Q4*", true],
    ["Q3 2023/24", true],
    ["Quarter 2", true],
    ["Quý IV", true],
    ["Tháng 6", true],
    ["Jan", true],
    ["January 2024", true],
    ["2022", true],
    ["2020/21", true],
    ["2019-20", true],
    ["FY2026", true],
    ["Thực hiện Q4", false],
    ["Target", false],
    ["Q4 Actual", false],
    ["", false],
    ["Decisions", false],
    ["Marketing", false],
  ])("%j → %s", (text, expected) => expect(isPeriodOnly(text)).toBe(expected));
});
