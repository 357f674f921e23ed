import { findGeneratedSheets, isMarkerName } from "./findGeneratedSheets";
import { parseAreas, sheetOfReference } from "./parseAreas";

describe("parseAreas", () => {
  it.each([
    ["Sheet1!A1:B2", [{ top: 0, left: 0, bottom: 1, right: 1 }]],
    [
      "Sheet1!A1:F1,Sheet1!C19:E19",
      [
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 18, left: 2, bottom: 18, right: 4 },
      ],
    ],
    [
      "'Báo cáo, 2021'!A1:F1,'Báo cáo, 2021'!D4",
      [
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 3, left: 3, bottom: 3, right: 3 },
      ],
    ],
    ["'It''s!odd'!$B$2:$C$3", [{ top: 1, left: 1, bottom: 2, right: 2 }]],
    ["A1:B2", [{ top: 0, left: 0, bottom: 1, right: 1 }]],
    ["", []],
  ])("%s", (address, expected) => {
    expect(parseAreas(address)).toEqual(expected);
  });
});

describe("sheetOfReference", () => {
  it.each([
    ["='Phụ lục'!$A$1", "Phụ lục"],
    ["Summary!$A$1", "Summary"],
    ["'It''s'!$A$1", "It's"],
    ["=#REF!$A$1", null],
    ["#REF!", null],
    ["=42", null],
  ])("%s → %p", (reference, expected) => {
    expect(sheetOfReference(reference)).toBe(expected);
  });
});

describe("findGeneratedSheets", () => {
  const sheets = ["Báo cáo", "Phụ lục", "Tổng hợp"];

  it("maps each marker to the sheet it points to, as the workbook spells it", () => {
    const names = [
      { name: "attainment_appendix", value: "'phụ lục'!$A$1" },
      { name: "Attainment_Summary", value: "'Tổng hợp'!$A$1" },
      { name: "Other", value: "Báo cáo!$A$1" },
    ];
    expect(findGeneratedSheets(names, sheets)).toEqual({ appendix: "Phụ lục", summary: "Tổng hợp" });
  });

  it("ignores a marker whose sheet was deleted or renamed away", () => {
    const names = [
      { name: "Attainment_Appendix", value: "#REF!" },
      { name: "Attainment_Summary", value: "'Gone'!$A$1" },
    ];
    expect(findGeneratedSheets(names, sheets)).toEqual({});
  });

  it("recognises marker names whatever their case", () => {
    expect(isMarkerName("ATTAINMENT_APPENDIX")).toBe(true);
    expect(isMarkerName("Appendix")).toBe(false);
  });
});
