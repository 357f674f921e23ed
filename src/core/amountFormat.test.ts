import { amountFormat } from "./amountFormat";

describe("amountFormat: a target or result in the appendix shows as the officer's sheet shows it", () => {
  it.each<[string, number, string | null, string | null]>([
    ["the source cell's own format", 155845, "#,##0", "#,##0"],
    ["a format with places", 12.5, "0.0", "0.0"],
    ["a currency format as typed", 1250, "£#,##0", "£#,##0"],
    ["a share formatted as %, its value in percent units", 20.06, "0.00%", '0.00"%"'],
    ["a whole share formatted as %", 11, "0%", '0"%"'],
    ["an amount typed without a format, grouped", 1560000, null, "#,##0"],
    ["the same under General", 1560000, "General", "#,##0"],
    ["an amount at its own places", 1543818.25, null, "#,##0.00"],
    ["grouped from a thousand up", 3762, null, "#,##0"],
    ["a negative amount", -25000, null, "#,##0"],
    ["a year left as typed", 2025, null, null],
    ["a small figure left as typed", 95, null, null],
    ["a small decimal left as typed", 97.5, null, null],
  ])("%s: %p (%p) → %p", (_why, value, source, expected) => {
    expect(amountFormat(value, source)).toBe(expected);
  });
});
