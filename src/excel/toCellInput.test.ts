import { toCellInput, toValueInput } from "./toCellInput";

describe("toCellInput", () => {
  it.each([
    ["a formula keeps its meaning", { value: 105, formula: "ROUND(100+(D4-C4),0)" }, "=ROUND(100+(D4-C4),0)"],
    ["a formula already starting with = is not doubled", { value: 1, formula: "=A1" }, "=A1"],
    ["text is written literally", { value: "Phụ lục" }, "'Phụ lục"],
    [
      "text that looks like a formula stays text",
      { value: '=HYPERLINK("http://x","y")' },
      `'=HYPERLINK("http://x","y")`,
    ],
    ["text starting with + stays text", { value: "+1+2" }, "'+1+2"],
    ["text starting with - stays text", { value: "- Tập thể:" }, "'- Tập thể:"],
    ["text starting with @ stays text", { value: "@SUM(A1)" }, "'@SUM(A1)"],
    ["digits typed as text stay text", { value: "0123" }, "'0123"],
    ["a date-like text stays text", { value: "1/2" }, "'1/2"],
    ["an apostrophe of the user's is kept", { value: "'quoted" }, "''quoted"],
    ["a number is a number", { value: 95 }, 95],
    ["a boolean is a boolean", { value: true }, true],
    ["an empty string clears", { value: "" }, ""],
    ["no value clears", { value: null }, ""],
  ])("%s", (_name, cell, expected) => {
    expect(toCellInput(cell)).toBe(expected);
  });

  it("leaves a null cell untouched", () => {
    expect(toCellInput(null)).toBeNull();
  });

  it.each([NaN, Infinity, -Infinity])("writes %p as blank", (n) => {
    expect(toValueInput(n)).toBe("");
  });
});
