import { isFilledDown, shiftFormula, shiftRows } from "./shiftFormula";

describe("shiftFormula moves relative references as Excel fills a formula", () => {
  it.each([
    ["SUM(A1:B2)*$C$1", 2, 1, "SUM(B3:C4)*$C$1"],
    ['IF(D4>C4,"A1",LOG10(B2))', 1, 0, 'IF(D5>C5,"A1",LOG10(B3))'],
    ["'My Sheet'!A1+Sheet2!B$3", 1, 1, "'My Sheet'!B2+Sheet2!C$3"],
    ["Table1[[#This Row],[Col1]]*2+A1", 1, 0, "Table1[[#This Row],[Col1]]*2+A2"],
    ["SUM(A:A)+SUM(1:1)+SUM($B:C)", 1, 1, "SUM(B:B)+SUM(2:2)+SUM($B:D)"],
    ['ISNUMBER(SEARCH("Vượt",$G4))', 16, 0, 'ISNUMBER(SEARCH("Vượt",$G20))'],
    ["A1", -1, 0, "#REF!"],
    ["_xlfn.STDEV.S(A1:A3)", 1, 0, "_xlfn.STDEV.S(A2:A4)"],
  ])("%s moved by %i rows, %i columns is %s", (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });

  it.each([
    'IF(COUNT(C21,D21)<2,"",ROUND(100+(D21-C21),0))',
    'IF(OR(COUNT(C9,D9)<2,(C9*100)=0),"",ROUND((D9*100)/(C9*100)*100,1))',
    "'My 1'!A1+$B$2+B$3+LOG10(A2)+Sheet2!C7",
    "D99+C99",
  ])("shiftRows agrees with shiftFormula, and isFilledDown recognises the result: %s", (formula) => {
    const down = shiftFormula(formula, 1, 0);
    expect(shiftRows(formula, 1)).toBe(down);
    expect(isFilledDown(formula, down)).toBe(true);
    expect(isFilledDown(formula, formula)).toBe(false);
  });

  it.each([
    ["A1+1", "A2+2"],
    ["A1+B5", "A2+B5"],
    ['IF(A1,"x1")', 'IF(A2,"x2")'],
    ["SUM(1:1)", "SUM(1:1)"],
  ])("isFilledDown refuses %s → %s", (prev, next) => {
    expect(isFilledDown(prev, next)).toBe(false);
  });
});
