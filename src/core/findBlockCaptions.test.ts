import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { isCaptionNote } from "./findBlockCaptions";
import { findTable } from "./findTable";
import type { CellValue } from "./types";

const HEAD = ["", "Target", "Actual"];

/** The labels of the table's headings and lines, in the order the engine reads them. */
function readOrder(rows: CellValue[][]): string[] {
  const r = analyzeWorkbook(book(sheet("S", rows)));
  if (!r.ok) throw new Error(r.error.code);
  return r.value.rows.map((x) => (x.kind === "indicator" ? `line ${x.indicator.label}` : `${x.kind} ${x.label}`));
}

describe("isCaptionNote", () => {
  it.each([
    ["Comment: The slight reduction in collection rates in 2017/18 was due to the cyber-attack.", true],
    ["Did the KPI hit target?", true],
    ["We record how many complaints are responded to within 10 days.", true],
    ["This KPI was introduced in 2017. 84 homes were brought back into use across Copeland up to Q3", true],
    ["KPI 1.2 Number empty homes <6months brought back into use", false],
    ["Priority 1: Keeping Maidstone Borough an attractive place for all", false],
    ["Caretaking", false],
  ])("%j → %s", (text, note) => expect(isCaptionNote(text)).toBe(note));
});

describe("the captions of a table in blocks", () => {
  it("makes each block's caption, the first one's too, a section, leaving out the lines that explain", () => {
    const rows: CellValue[][] = [
      ["Appendix B"],
      ["Key Performance Indicators – 2016 – 2020"],
      [],
      ["KPI 1.1 Percentage of Council Tax collected"],
      ["Comment: The slight reduction in 2017/18 was due to the impact of the cyber-attack."],
      ["Did the KPI hit target?"],
      HEAD,
      ["2016/17", 0.977, 0.9777],
      ["2017/18", 0.983, 0.9449],
      [],
      ["KPI 1.2 Number empty homes brought back into use."],
      ["This KPI was introduced in 2017. 84 homes were brought back into use across the borough up to Q3"],
      ["Did the KPI hit target?"],
      HEAD,
      ["2016/17", 35, 4],
      ["2017/18", 35, 17],
    ];
    expect(readOrder(rows)).toEqual([
      "section KPI 1.1 Percentage of Council Tax collected",
      "line 2016/17",
      "line 2017/18",
      "section KPI 1.2 Number empty homes brought back into use.",
      "line 2016/17",
      "line 2017/18",
    ]);
    expect(findTable(sheet("S", rows))?.title).toBe("Key Performance Indicators – 2016 – 2020");
    const r = analyzeWorkbook(book(sheet("S", rows)), { lang: "en" });
    if (!r.ok) throw new Error(r.error.code);
    // Counted by block, and a year is named with its block's caption.
    expect(r.value.summary.sections.map((x) => [x.label, x.total, x.caption])).toEqual([
      ["KPI 1.1 Percentage of Council Tax collected", 2, true],
      ["KPI 1.2 Number empty homes brought back into use", 2, true],
    ]);
    expect(r.value.narrative).toContain("“KPI 1.1 Percentage of Council Tax collected – 2017/18”");
  });

  it("reads the first caption above a unit line, and looks for the title above the caption", () => {
    const rows: CellValue[][] = [
      ["Các chỉ tiêu SXKD hợp nhất"],
      ["Đơn vị tính: triệu đồng"],
      ["Chỉ tiêu", "Kế hoạch năm 2022", "Thực hiện năm 2022"],
      ["Doanh thu", 1000, 1100],
      [],
      ["Các chỉ tiêu SXKD công ty mẹ"],
      ["Đơn vị tính: triệu đồng"],
      ["Chỉ tiêu", "Kế hoạch năm 2022", "Thực hiện năm 2022"],
      ["Doanh thu", 800, 790],
    ];
    expect(readOrder(rows)).toEqual([
      "section Các chỉ tiêu SXKD hợp nhất",
      "line Doanh thu",
      "section Các chỉ tiêu SXKD công ty mẹ",
      "line Doanh thu",
    ]);
    expect(findTable(sheet("S", rows))?.title).toBeNull();
  });

  it.each([
    ["one block", [["Our targets for 2023/24"], HEAD, ["Calls answered", 0.9, 0.93]]],
    [
      "a header repeated without a caption",
      [["Our targets for 2023/24"], HEAD, ["Calls answered", 0.9, 0.93], HEAD, ["Letters answered", 0.9, 0.95]],
    ],
  ] as [string, CellValue[][]][])("leaves the lines above the header to the title with %s", (_what, rows) => {
    const t = findTable(sheet("S", rows))!;
    expect(t.captionRows).toBeUndefined();
    expect(t.title).toBe("Our targets for 2023/24");
  });
});
