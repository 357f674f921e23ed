import { sheet } from "../../test/support/grid";
import { findTable, findTables } from "./findTable";
import type { CellValue } from "./types";

const H = ["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"];

describe("findTable: headers read by score", () => {
  it.each([
    [
      "several periods: the latest pair, not last year's result or the year-on-year column",
      [
        [
          "STT",
          "Chỉ tiêu",
          "ĐVT",
          "Thực hiện 2022",
          "Kế hoạch 2023",
          "Thực hiện 2023",
          "So sánh TH 2023/KH 2023",
          "So với cùng kỳ (%)",
        ],
      ],
      { number: 0, label: 1, unit: 2, target: 4, result: 5, attainment: 6 },
    ],
    [
      "a label header holding a target word stays the label",
      [["TT", "Nội dung chỉ tiêu kế hoạch", "Kế hoạch năm 2024", "Thực hiện 6 tháng đầu năm"]],
      { number: 0, label: 1, target: 2, result: 3 },
    ],
    [
      "bilingual headers and a bare % beside target and result",
      [["Indicator", "Kế hoạch / Target", "Thực hiện\nActual", "%"]],
      { label: 0, target: 1, result: 2, attainment: 3 },
    ],
    [
      "a bare % past a difference column",
      [["KPI", "Target", "Actual", "Difference", "%"]],
      { label: 0, target: 1, result: 2, attainment: 4 },
    ],
    [
      "English budget words and a status column",
      [["Ref", "Measure", "Unit", "Budget", "Outturn", "% of target", "Status"]],
      { number: 0, label: 1, unit: 2, target: 3, result: 4, attainment: 5, status: 6 },
    ],
    [
      "rates against two targets: the first after the result is against the target column",
      [["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "So với KH huyện giao (%)", "So với dự toán HĐND xã giao (%)"]],
      { number: 0, label: 1, target: 2, result: 3, attainment: 4 },
    ],
    [
      "Forecast beside Budgeted is the result",
      [["", "Forecast Spend", "Budgeted Spend", "Variance"]],
      { target: 2, result: 1 },
    ],
  ])("%s", (_what, header, columns) => {
    const t = findTable(sheet("S", [...header, ["1", "A", 1, 2, 3, 4, 5, 6]]))!;
    expect(t.columns).toMatchObject(columns);
  });

  it.each([
    [
      "fiscal years on a second header row: the target and projection of the same year",
      [
        ["Measure", "Type", "Actual", "Target", "Projected", "Target"],
        [null, null, "23/24", "24/25", "24/25", "25/26"],
        ["# of Elections Conducted", "Output", 3, 1, 1, 1],
      ],
      { headerTop: 0, headerBottom: 1, firstRow: 2, columns: { label: 0, target: 3, result: 4 } },
    ],
    [
      "fiscal-year prefixes and a shortened year-end projection",
      [
        ["Performance Indicators", "FY21-22 Actual", "FY22-23 Budget", "FY22-23 YE Proj.", "FY23-24 Adopted Budget"],
        ["Avg # of Days for bank reconciliation", 70, 25, 50, 40],
      ],
      { headerTop: 0, headerBottom: 0, firstRow: 1, columns: { label: 0, target: 2, result: 3 } },
    ],
    [
      "a count such as 23/24 beside a label is a data row, not a row of years",
      [
        ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["Số xã đạt chuẩn", "23/24", "24/25"],
      ],
      { headerTop: 0, headerBottom: 0, firstRow: 1 },
    ],
  ])("%s", (_what, rows, expected) => {
    expect(findTable(sheet("S", rows))).toMatchObject(expected);
  });

  it('reads "Kết quả" merged over "Thực hiện | Tỷ lệ" and skips the row of column numbers', () => {
    const t = findTable(
      sheet(
        "S",
        [
          ["TT", "Nội dung", "ĐVT", "Kế hoạch", "Kết quả", null, "Đánh giá"],
          [null, null, null, null, "Thực hiện", "Tỷ lệ (%)", null],
          ["A", "B", "1", "2", "3", "4=3/2", "5"],
          ["1", "Lượt khám", "lượt", 100, 105, 105, "Vượt"],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:G2"] },
      ),
    )!;
    expect(t).toMatchObject({ headerTop: 0, headerBottom: 1, firstRow: 3 });
    expect(t.columns).toEqual({ number: 0, label: 1, unit: 2, target: 3, result: 4, attainment: 5, status: 6 });
  });

  it("takes a row of units under the header as part of it", () => {
    const t = findTable(
      sheet("S", [
        [null, "Budget", "Actual", "Variance"],
        [null, "Money units (MU)", "(MU)", "%"],
        ["Training", 6000, 4237, -29.4],
      ]),
    )!;
    expect(t).toMatchObject({ headerTop: 0, headerBottom: 1, firstRow: 2, columns: { target: 1, result: 2 } });
  });
});

describe("findTables: blocks, several tables, where a table ends, its title", () => {
  it("continues a table under a repeated header and under a caption, and lists its blocks", () => {
    const t = findTable(
      sheet("S", [
        H,
        ["1", "A", 10, 12, 120],
        H,
        ["2", "B", 5, 5, 100],
        [],
        [],
        ["Biểu 2: xã hội"],
        H,
        ["3", "C", 8, 8, 100],
      ]),
    )!;
    expect(t).toMatchObject({ firstRow: 1, lastRow: 8, skipRows: [2, 7] });
    expect(t.blocks.map((b) => [b.headerTop, b.firstRow, b.lastRow])).toEqual([
      [0, 1, 1],
      [2, 3, 3],
      [7, 8, 8],
    ]);
  });

  it("makes a header of other columns a table of its own", () => {
    const tables = findTables(
      sheet("S", [
        H,
        ["1", "A", 10, 12, 120],
        [],
        ["BẢNG 2"],
        ["STT", "Danh hiệu", "Chỉ tiêu", "Kết quả", "Ghi chú"],
        ["1", "X", 5, 4, ""],
      ]),
    );
    expect(tables.map((t) => [t.index, t.headerTop, t.firstRow, t.lastRow, t.title])).toEqual([
      [0, 0, 1, 1, null],
      [1, 4, 5, 5, "BẢNG 2"],
    ]);
  });

  it("makes a label and years only a table of results of its own, the latest year the result", () => {
    const tables = findTables(
      sheet("S", [
        ["Performance Indicator", "Target", "Q1 (April to June 2019)", "Q2 (July to September 2019)"],
        ["Householder applications determined within 2 months", 0.9, 0.92, null],
        ["Major applications – average number of weeks", "35 weeks", "32.7 weeks", null],
        [],
        ["Annual Performance Indicators"],
        ["Performance Indicator", "2016 to 2017", "2017 to 2018", "2018 to 2019"],
        ["Householder applications determined within 2 months", 0.92, 0.95, 0.95],
        ["Major applications – average number of weeks", 87, 29, 35],
      ]),
    );
    expect(tables.map((t) => [t.headerTop, t.lastRow, t.columns.target, t.columns.result, t.noTarget])).toEqual([
      [0, 2, 1, 2, undefined],
      [5, 7, 3, 3, true],
    ]);
  });

  it("looks past a label and years only above every other table", () => {
    const tables = findTables(
      sheet("S", [
        ["Indicator", "2021", "2022", "2023"],
        ["Population", 1200, 1250, 1300],
        [],
        ["Indicator", "Target", "Actual"],
        ["Calls answered", 90, 92],
      ]),
    );
    expect(tables.map((t) => [t.headerTop, t.columns.target, t.columns.result])).toEqual([[3, 1, 2]]);
  });

  it.each([
    ["a footnote", ["(*) Số liệu ước tính."]],
    ["a source line", ["Nguồn: Cục Thống kê"]],
    ["a note", ["Ghi chú: số liệu 6 tháng"]],
    ["a key", ["Key: G = on target, A = within 5%, R = off target"]],
    ["a data source", ["Data source: council records"]],
    ["a nota bene", ["N.B. figures for Q4 are provisional"]],
    ["a date line", ["Last updated 18/05/2024"]],
    ["a disclosure note", ["Disclosure Note: Output has been adjusted from 2 398 to 2 397."]],
    [
      "a heading over the notes",
      [
        [null, "Notes"],
        [null, "[4] A gold response is the highest level."],
      ],
    ],
    ["a byline after a blank row", [[], [null, "Nguyễn Văn A (Theo Phòng Kế hoạch)"]]],
    ["a signature", [[null, "Người lập biểu", null, "GIÁM ĐỐC"]]],
  ] as const)("ends at %s", (_what, tail) => {
    const rows = [
      H,
      ["1", "A", 10, 12],
      ["2", "B", 5, 5],
      ...(Array.isArray(tail[0]) || tail[0] === undefined ? tail : [tail]),
    ];
    expect(findTable(sheet("S", rows as never))!.lastRow).toBe(2);
  });

  it.each([
    [
      "a starred bullet over lines with figures is a heading",
      [
        [null, "* Chăn nuôi"],
        ["3", "C", 8, 9],
      ],
      4,
    ],
    [
      "a starred bullet over a group heading and its lines is a heading",
      [
        [null, "* Chăn nuôi"],
        [null, "- Gia súc:"],
        ["3", "C", 8, 9],
      ],
      5,
    ],
    ["a starred line after the figures is a footnote", [[null, "* Số liệu ước tính"], []], 2],
    [
      "a long starred line over figures is a footnote",
      [["* Số liệu 9 tháng là số ước tính của UBND xã"], ["3", "C", 8, 9]],
      2,
    ],
    ["a bracketed star is a footnote, whatever follows", [["(*) Chăn nuôi"], ["3", "C", 8, 9]], 2],
  ] as const)("%s", (_what, tail, lastRow) => {
    const rows = [H, ["1", "A", 10, 12], ["2", "B", 5, 5], ...tail];
    expect(findTable(sheet("S", rows as never))!.lastRow).toBe(lastRow);
  });

  it.each([
    ["lines with figures", ["1", "A", 10, 12, 120], ["2", "B", 5, 5, 100], 2],
    // The plan and the amount not printed, only the share: the share is the line's value, the sentence a byline.
    ["lines with only the share", ["1", "A", null, null, 108], ["2", "B", null, null, 106], 2],
    // No value at all on any line: nothing tells the byline from a heading, so the rows stay.
    ["lines without values", ["1", "A"], ["2", "B"], 4],
  ] as const)("a sentence after a blank row below %s", (_what, a, b, lastRow) => {
    const rows = [H, a, b, [], [null, "Đơn vị được tặng Cờ thi đua năm 2016."]];
    expect(findTable(sheet("S", rows as never))!.lastRow).toBe(lastRow);
  });

  it("ends at text merged across the table that nothing follows, but not at a section merged across", () => {
    const rows = [H, ["I", "KINH TẾ"], ["1", "A", 10, 12], ["Số liệu sơ bộ, sẽ cập nhật sau."]];
    const t = findTable(sheet("S", rows, { merges: ["B2:E2", "A4:E4"] }))!;
    expect([t.firstRow, t.lastRow]).toEqual([1, 2]);
  });

  it("takes the title nearest the header, never an agency line or the motto", () => {
    const t = findTable(
      sheet(
        "S",
        [
          ["UBND TỈNH X", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
          ["SỞ Y TẾ", null, "Độc lập - Tự do - Hạnh phúc"],
          ["PHỤ LỤC 1"],
          ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023"],
          ["(Kèm theo Báo cáo số 12/BC-SYT)"],
          H,
          ["1", "A", 1, 1],
        ],
        { merges: ["A3:E3", "A4:E4", "A5:E5"] },
      ),
    )!;
    expect(t.title).toBe("KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2023");
  });

  const HEAD = ["Measure", "Target", "Actual"];
  const LINE = ["Calls answered within 1 minute", 0.9, 0.93];
  it.each([
    [
      "a label alone gives way to the line under it",
      [["Appendix B"], ["Key Performance Indicators – 2016 – 2020"]],
      "Key Performance Indicators – 2016 – 2020",
    ],
    ["a field line is not a title", [["Scorecard Report"], ["Period: Jul-19 - Jun-20"]], "Scorecard Report"],
    [
      "nor a legend of three texts",
      [
        ["Performance Summary"],
        ["Direction", "Performance has improved", "Performance has been sustained", "Performance has declined"],
        [],
      ],
      "Performance Summary",
    ],
    [
      "a heading before a sentence",
      [
        ["State Performance Measures"],
        ["The following performance measures show the state's achievements in key services."],
      ],
      "State Performance Measures",
    ],
    [
      "a heading before a numbered part and a list going on in lower case",
      [
        ["Environment Agency corporate scorecard 2022 to 2023"],
        ["Published 26 January 2023"],
        ["1. Corporate scorecard summary page"],
        ["green which means we are at or above target"],
        ["1.1 A nation resilient to climate change"],
      ],
      "Environment Agency corporate scorecard 2022 to 2023",
    ],
    [
      "a question is not a title",
      [["KPI 1.1 Percentage of Council Tax collected"], ["Did the KPI hit target?"]],
      "KPI 1.1 Percentage of Council Tax collected",
    ],
    [
      "a province's name is an agency line",
      [["TỈNH BÀ RỊA - VŨNG TÀU"], ["Tỷ lệ tham gia bảo hiểm xã hội (tính đến ngày 30/9/2022)"]],
      "Tỷ lệ tham gia bảo hiểm xã hội (tính đến ngày 30/9/2022)",
    ],
    [
      "a label with its number and a colon is a title",
      [["BOX 18: Example of a Variance Report"]],
      "BOX 18: Example of a Variance Report",
    ],
  ] as [string, CellValue[][], string][])("title: %s", (_what, above, title) => {
    expect(findTable(sheet("S", [...above, HEAD, LINE, LINE]))?.title).toBe(title);
  });

  it("reads a table of results in words only, its label stating the target", () => {
    const t = findTable(
      sheet("S", [
        ["Objective", "Key Result", "Remarks", "Results"],
        ["UX", "Increase session duration to 4 minutes.", "Already there.", "COMPLETE - 4:03 average."],
        ["Reach", "Reach 500 followers.", "More is better.", "FAILED - 420 followers."],
      ]),
    )!;
    expect(t).toMatchObject({ headerTop: 0, headerBottom: 0, firstRow: 1, lastRow: 2 });
    expect(t.columns).toMatchObject({ label: 1, target: 1, result: 3, status: 3 });
  });

  it("does not take a data row for a header", () => {
    const t = findTable(
      sheet("S", [H, ["I", "Về công tác chuyên môn: 03 chỉ tiêu"], ["1", "Chỉ tiêu 1: CCVC thực hiện", 1, 1]]),
    )!;
    expect([t.headerTop, t.firstRow, t.lastRow]).toEqual([0, 1, 2]);
  });
});

describe("findTables: a second table that repeats the first's value headers", () => {
  it.each([
    [
      "the same years without the code column: continues the first",
      ["Local PIs", "2013/14 Actual", "2014/15 Target", "2014/15 Actual"],
      [undefined, 0],
    ],
    ["other value headers: a table of its own", ["Local PIs", "Kế hoạch", "Thực hiện"], [undefined, undefined]],
    [
      "the same years with the label elsewhere: a table of its own",
      ["Code", "Local PIs", "2014/15 Target", "2014/15 Actual"],
      [undefined, undefined],
    ],
    [
      "the same year's goal and actual, however named: continues the first",
      ["Measurement", "2013 Goal", "2014 Goal", "2014 Actual"],
      [undefined, 0],
    ],
    [
      "another year's goal and actual: a table of its own",
      ["Measurement", "2013 Goal", "2015 Goal", "2015 Actual"],
      [undefined, undefined],
    ],
  ])("%s", (_what, second, continues) => {
    const tables = findTables(
      sheet("S", [
        ["Indicator", "Code", "2013/14 Actual", "2014/15 Target", "2014/15 Actual"],
        ["Claims", "L1", 5, 18, 19],
        [],
        second,
        ["Benefits", 99.2, 99, 99.55],
      ]),
    );
    expect(tables.map((t) => t.continues)).toEqual(continues);
  });
});

describe("a first header row holding only a year over one column belongs to the header", () => {
  const names = ["Services provided", "Actual", "Budget", "YE Proj.", "Budget"];
  const years = [null, "FY 2021-22", "FY 2022-23", "FY 2022-23", "Adopted"];
  const line = ["Art shows", 4, 5, 5, 6];
  it.each([
    ["a fiscal year over the last column", [null, null, null, null, "FY 2023-24"], 0],
    ["a year typed as a number", [null, null, null, null, 2024], 0],
    ["Năm 2024 over one column", [null, null, null, null, "Năm 2024"], 0],
    ["a note over one column is not", [null, "Scale: 150 beds", null, null, null], 1],
    ["a year in the first column is not", ["FY 2023-24", null, null, null, null], 1],
  ] as const)("%s", (_what, cap, top) => {
    const t = findTable(sheet("S", [cap as unknown as CellValue[], years, names, line, line]))!;
    expect([t.headerTop, t.headerBottom, t.columns.target, t.columns.result]).toEqual([top, 2, 2, 3]);
  });

  it("in a repeated block too", () => {
    const cap = [null, null, null, null, "FY 2023-24"];
    const t = findTable(sheet("S", [cap, years, names, line, line, [null], cap, years, names, line]))!;
    expect(t.blocks.map((b) => [b.headerTop, b.headerBottom, b.firstRow])).toEqual([
      [0, 2, 3],
      [6, 8, 9],
    ]);
  });
});

describe("findTable: an unnamed column of bounds beside years is the target", () => {
  it.each([
    [
      "bounds under Baseline",
      ["Performance Area", "2005", "2006", "Baseline"],
      [">=80%", "<=5%", "<=3.5"],
      { label: 0, target: 3, result: 2 },
    ],
    ["plain figures under Baseline", ["Performance Area", "2005", "2006", "Baseline"], ["80", "5", "3.5"], null],
  ])("%s", (_what, header, bounds, columns) => {
    const rows: CellValue[][] = [
      header,
      ["Overall satisfaction", 91.6, 88.4, bounds[0]!],
      ["% meters not read", 1.088, 0.57, bounds[1]!],
      ["Lost time incidents", 1.28, 3.44, bounds[2]!],
    ];
    const tables = findTables(sheet("S", rows));
    if (columns === null) expect(tables).toEqual([]);
    else {
      expect(tables[0]?.columns).toMatchObject(columns);
      expect(tables[0]?.warnings?.some((w) => w.code === "targetFromBounds")).toBe(true);
    }
  });
});
