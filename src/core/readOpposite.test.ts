import { readOpposite, readOppositeChange } from "./readOpposite";

describe("readOpposite: a result that is the opposite of what the label measures", () => {
  it.each([
    ["Tỷ lệ nhập siêu so với tổng kim ngạch xuất khẩu", "Xuất siêu", { value: 0, direction: "lower", strict: true }],
    ["Tỷ lệ nhập siêu (%)", "Xuất siêu 2,5%", { value: -2.5 }],
    ["Bội chi ngân sách", "Thặng dư", { value: 0, direction: "lower", strict: true }],
    ["Operational deficit", "Surplus", { value: 0, direction: "lower", strict: true }],
  ])("%j with %j is below zero", (label, result, expected) => {
    expect(readOpposite(label, result)).toEqual({ kind: "number", note: "opposite", ...expected });
  });

  it.each([
    ["Tỷ lệ nhập siêu", "Không có số liệu"],
    ["Kim ngạch xuất khẩu", "Xuất siêu"],
    ["Tỷ lệ nhập siêu", "Xuất siêuxyz"],
  ])("%j with %j is not read", (label, result) => {
    expect(readOpposite(label, result)).toBeNull();
  });

  it.each([
    ["Percentage reduction in prior year fruitless and wasteful expenditure", "124% increase", -124],
    ["Growth in visitor numbers", "5% decrease", -5],
    ["Percentage reduction in prior year fruitless and wasteful expenditure", "20% reduction", null],
    ["Number of visitors", "5% increase", null],
  ])("%j with %j reads as %s", (label, result, value) => {
    const v = readOppositeChange(label, result, { kind: "number", value: Math.abs(parseFloat(result)) });
    expect(v === null ? null : v.kind === "number" ? v.value : v).toBe(value);
  });
});
