import { outputName, restoredName } from "./outputName";

describe("outputName", () => {
  it.each([
    ["bao-cao.xlsx", "bao-cao.attainment.xlsx"],
    ["Báo cáo 2021.XLSX", "Báo cáo 2021.attainment.xlsx"],
    ["macro.xlsm", "macro.attainment.xlsx"],
    ["cu.xls", "cu.attainment.xlsx"],
    ["no-extension", "no-extension.attainment.xlsx"],
    [".xlsx", "workbook.attainment.xlsx"],
  ])("%s -> %s", (input, expected) => {
    expect(outputName(input)).toBe(expected);
  });
});

describe("restoredName", () => {
  it.each([
    ["bao-cao.attainment.xlsx", "bao-cao.restored.xlsx"],
    ["bao-cao.xlsx", "bao-cao.restored.xlsx"],
    ["macro.attainment.xlsm", "macro.restored.xlsm"],
    [".attainment.xlsx", "workbook.restored.xlsx"],
  ])("%s -> %s", (input, expected) => {
    expect(restoredName(input)).toBe(expected);
  });
});
