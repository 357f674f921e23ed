import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { planWorkbook } from "./planWorkbook";
import type { CellStyle, CellValue, GeneratedSheetPlan, PlanOptions, SheetGrid } from "./types";

function appendixOf(grid: SheetGrid, options: PlanOptions = {}): GeneratedSheetPlan {
  const wb = book(grid);
  const a = analyzeWorkbook(wb, { method: "ratio", decimals: 0 });
  if (!a.ok) throw new Error(a.error.code);
  return planWorkbook(wb, a.value, options).generated.find((g) => g.role === "appendix")!;
}

const values = (p: GeneratedSheetPlan): CellValue[][] => p.blocks[0]!.cells.map((r) => r.map((c) => c?.value ?? null));

/** A cell's style with every format over it laid in order. */
function styleAt(p: GeneratedSheetPlan, row: number, col: number): CellStyle {
  const style: CellStyle = {};
  for (const f of p.formats)
    if (row >= f.range.top && row <= f.range.bottom && col >= f.range.left && col <= f.range.right)
      Object.assign(style, f.style);
  return style;
}

const heightOf = (p: GeneratedSheetPlan, row: number) => p.rowHeights.find((h) => h.row === row)?.height;

describe("planAppendix: a table without a target or without results", () => {
  it.each([
    [
      "no target column: the target blank under the product's header, the document's rates and notes as typed",
      [
        ["STT", "Đơn vị", "Số thu\n(tỷ đồng)", "Tỷ lệ so với chỉ\ntiêu dự toán (%)", "Ghi chú"],
        [1, "Cục Hải quan A", "252,639", "274,61", "Đã thu vượt dự toán cả năm"],
        [2, "Cục Hải quan B", "9.874", 62.5, null],
      ],
      ["STT", "Đơn vị", "Chỉ tiêu", "Số thu\n(tỷ đồng)", "Tỷ lệ so với chỉ\ntiêu dự toán (%)", "Ghi chú"],
      [
        ["1", "Cục Hải quan A", null, "252,639", "274,61", "Đã thu vượt dự toán cả năm"],
        ["2", "Cục Hải quan B", null, "9.874", 62.5, null],
      ],
    ],
    [
      "targets only: the result blank under the product's header, ready to fill",
      [
        ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2021"],
        [1, "Tỷ lệ che phủ rừng", "%", "Khoảng 42"],
        [2, "Tỷ lệ lao động qua đào tạo", "%", "Khoảng 66"],
      ],
      ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2021", "Kết quả", "Tỷ lệ đạt được (%)", "Ghi chú"],
      [
        ["1", "Tỷ lệ che phủ rừng", "%", "Khoảng 42", null, null, null],
        ["2", "Tỷ lệ lao động qua đào tạo", "%", "Khoảng 66", null, null, null],
      ],
    ],
  ] as const)("%s", (_what, grid, head, body) => {
    const rows = values(
      appendixOf(
        sheet(
          "S",
          grid.map((r) => [...r]),
        ),
      ),
    );
    const at = rows.findIndex((r) => r[0] === "STT");
    expect(rows[at]).toEqual(head);
    expect(rows.slice(at + 1, at + 3)).toEqual(body);
  });
});

describe("planAppendix: column widths", () => {
  const grid = (note: string | null) =>
    sheet("S", [
      ["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Ghi chú"],
      [1, "Thu ngân sách", 100, 120, note],
      [2, "Chi ngân sách", 100, 90, null],
    ]);
  const widthOf = (p: GeneratedSheetPlan, col: number) => p.columnWidths.find((w) => w.col === col)?.width;
  it.each([
    ["no notes", null, 49, 11],
    ["a short note", "Vượt", 49, 11],
    ["a note of a short sentence: the notes widen, the label gives way", "Đã thu vượt dự toán cả năm", 30, 30],
    ["a note of a few words: just as wide as it needs", "Đạt trước hạn", 44, 16],
  ])("%s (%j) → label %i, notes %i", (_what, note, label, notes) => {
    const p = appendixOf(grid(note));
    expect([widthOf(p, 1), widthOf(p, 5)]).toEqual([label, notes]);
  });

  it("gives the notes only what the labels can spare: labels that would wrap keep their line", () => {
    const labels = [
      "Tổng vốn đầu tư phát triển toàn xã hội",
      "Số thôn, làng đạt chuẩn nông thôn mới",
      "Tỷ lệ người dân tham gia bảo hiểm y tế",
      "Thu nhập bình quân đầu người một năm",
    ];
    const rows = labels.map((l, i) => [i + 1, l, 100, 120, i === 0 ? "Đã thu vượt dự toán cả năm" : null]);
    const p = appendixOf(sheet("S", [["STT", "Nội dung", "Kế hoạch", "Thực hiện", "Ghi chú"], ...rows]));
    const [label, notes] = [widthOf(p, 1)!, widthOf(p, 5)!];
    // Four labels of about 38 characters wrap at 30; one note of a short sentence wraps at 11: in between.
    expect(label).toBeGreaterThan(30);
    expect(notes).toBeGreaterThan(11);
    expect(label + notes).toBe(60);
  });
});

describe("planAppendix", () => {
  const header = ["Số\n\nTT", "Nội dung chỉ tiêu", "Chỉ tiêu\nNghị quyết\n%", "Kết quả\nđạt được\n%", "Ghi chú"];

  it("keeps the header's words and line breaks, sections merged across and bold, and a multi-line row whole", () => {
    const p = appendixOf(
      sheet("S", [
        header,
        ["I", "Về công tác chuyên môn: 02 chỉ tiêu"],
        [null, "- Cá nhân hoàn thành tốt nhiệm vụ.\nTrong đó: xuất sắc", "95\n\n50", "100\n80"],
        [null, "   + Lao động tiên tiến", 80, 82],
      ]),
    );
    const rows = values(p);
    expect(rows[2]).toEqual([
      "Số\nTT",
      "Nội dung chỉ tiêu",
      "Chỉ tiêu\nNghị quyết\n%",
      "Kết quả\nđạt được\n%",
      "Tỷ lệ đạt được (%)",
      "Ghi chú",
    ]);
    expect(rows.slice(3)).toEqual([
      ["I", "Về công tác chuyên môn: 02 chỉ tiêu", null, null, null, null],
      [null, "- Cá nhân hoàn thành tốt nhiệm vụ.\nTrong đó: xuất sắc", "95\n50", "100\n80", "105\n160", null],
      [null, "+ Lao động tiên tiến", 80, 82, 103, null],
    ]);
    expect(p.merges).toContainEqual({ top: 3, left: 1, bottom: 3, right: 5 });
    expect(styleAt(p, 3, 1)).toMatchObject({ bold: true });
    expect(styleAt(p, 4, 1).bold).toBeUndefined();
    // The typed spaces become an indent level on top of the small indent every label gets.
    expect([3, 4, 5].map((r) => styleAt(p, r, 1).indent)).toEqual([1, 1, 2]);
    expect(styleAt(p, 5, 1)).toMatchObject({ horizontal: "left" });
    expect(styleAt(p, 4, 2)).toMatchObject({ horizontal: "center", vertical: "middle" });
    expect(p.print.repeatRows).toEqual({ top: 2, bottom: 2 });
  });

  it("sizes rows by their wrapped lines at the real column width: one line about 20 points, two 37", () => {
    const p = appendixOf(
      sheet("S", [
        ["TT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["1", "Ngắn", 1, 1],
        ["2", "Đoàn viên đủ điều kiện được phân loại, trong đó đạt loại xuất sắc trở lên", 1, 1],
        ["3", "Dòng một\nDòng hai\nDòng ba", 1, 1],
      ]),
    );
    expect([3, 4, 5].map((r) => heightOf(p, r))).toEqual([20, 37, 54]);
  });

  it("sets each value of a multi-line row by the first line of its label line, from the top", () => {
    const long = "- Cá nhân hoàn thành tốt nhiệm vụ được giao trong năm theo đúng quy định của cơ quan";
    const p = appendixOf(
      sheet("S", [
        ["TT", "Nội dung chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["1", `${long}\nTrong đó: xuất sắc`, "95\n50", "100\n80"],
      ]),
    );
    expect(values(p)[3]!.slice(2, 5)).toEqual(["95\n\n50", "100\n\n80", "105\n\n160"]);
    expect(styleAt(p, 3, 2)).toMatchObject({ vertical: "top" });
    expect(heightOf(p, 3)).toBe(54);
  });

  it("keeps a two-row group header as two rows with its merges, and the unit column", () => {
    const p = appendixOf(
      sheet(
        "S",
        [
          ["TT", "Chỉ tiêu", "ĐVT", "Năm 2023", null, "Ghi chú"],
          [null, null, null, "Kế hoạch", "Thực hiện", null],
          ["1", "Doanh thu", "tỷ đồng", 100, 110],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"] },
      ),
    );
    const rows = values(p);
    expect(rows.slice(2, 4)).toEqual([
      ["TT", "Chỉ tiêu", "ĐVT", "Năm 2023", null, "Tỷ lệ đạt được (%)", "Ghi chú"],
      [null, null, null, "Kế hoạch", "Thực hiện", null, null],
    ]);
    expect(rows[4]).toEqual(["1", "Doanh thu", "tỷ đồng", 100, 110, 110, null]);
    expect(p.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 3, bottom: 2, right: 4 },
        { top: 2, left: 0, bottom: 3, right: 0 },
        { top: 2, left: 5, bottom: 3, right: 5 },
        { top: 2, left: 6, bottom: 3, right: 6 },
      ]),
    );
    expect(p.print.repeatRows).toEqual({ top: 2, bottom: 3 });
    expect(p.freezeRows).toBe(4);
  });

  it("takes bold and italic from the source's label cells, and puts the caption above the title", () => {
    const grid = sheet("S", [
      ["TT", "Nội dung", "Kế hoạch", "Thực hiện"],
      ["1", "Nhóm kinh tế"],
      [null, "Doanh thu", 10, 12],
      [null, "Trong đó: xuất khẩu", 5, 6],
    ]);
    grid.fonts = {
      list: [{ name: "Times New Roman", size: 12, bold: true }, { italic: true }],
      cells: [[], [undefined, 0], [], [undefined, 1]],
    };
    const p = appendixOf(grid, { appendixCaption: "Phụ lục\n(Kèm theo Báo cáo số 12/BC-CĐ)" });
    const rows = values(p);
    expect(rows.slice(0, 3).map((r) => r[0])).toEqual([
      "Phụ lục",
      "(Kèm theo Báo cáo số 12/BC-CĐ)",
      "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    ]);
    expect([styleAt(p, 0, 0).bold, styleAt(p, 1, 0).italic, styleAt(p, 0, 0).horizontal]).toEqual([
      true,
      true,
      "center",
    ]);
    const at = (label: string) => rows.findIndex((r) => r[1] === label);
    expect(styleAt(p, at("Nhóm kinh tế"), 1)).toMatchObject({ bold: true });
    expect(styleAt(p, at("Doanh thu"), 1).bold).toBeUndefined();
    expect(styleAt(p, at("Trong đó: xuất khẩu"), 1)).toMatchObject({ italic: true });
  });

  it("keeps a note merged across the values merged over the same columns", () => {
    const p = appendixOf(
      sheet(
        "S",
        [
          ["TT", "Nội dung", "Kế hoạch", "Thực hiện", "Tỷ lệ", "Ghi chú"],
          ["1", "+ Tập thể:", "Cờ thi đua Bộ Công Thương, \n\nBằng khen UBND tỉnh."],
          ["2", "+ Cá nhân:", 20, 28, 140],
        ],
        { merges: ["C2:F2"] },
      ),
    );
    expect(values(p)[3]).toEqual([
      "1",
      "+ Tập thể:",
      "Cờ thi đua Bộ Công Thương,\nBằng khen UBND tỉnh.",
      null,
      null,
      null,
    ]);
    expect(p.merges).toContainEqual({ top: 3, left: 2, bottom: 3, right: 5 });
  });
});

describe("planAppendix: amounts and the unit line as the document prints them", () => {
  const rows = [
    [null, null, null, "Đơn vị tính: triệu đồng"],
    ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
    [1, "Doanh thu", 184729, 174877],
    [2, "Nộp ngân sách", 1560000, 1600000.5],
    [3, "Tỷ suất lợi nhuận", 0.2006, 0.2039],
    [4, "Số lao động", 95, 2025],
  ];
  const grid = sheet("S", rows, { formats: { C3: "#,##0", D3: "#,##0", C5: "0.00%", D5: "0.00%" } });

  it("keeps the source's number formats, groups unformatted amounts, and shows a share formatted as % with its sign", () => {
    const p = appendixOf(grid);
    const at = (text: string) => values(p).findIndex((r) => r[1] === text);
    expect([2, 3].map((c) => styleAt(p, at("Doanh thu"), c).numberFormat)).toEqual(["#,##0", "#,##0"]);
    expect([2, 3].map((c) => styleAt(p, at("Nộp ngân sách"), c).numberFormat)).toEqual(["#,##0", "#,##0.0"]);
    expect(values(p)[at("Tỷ suất lợi nhuận")]!.slice(2, 4)).toEqual([20.06, 20.39]);
    expect([2, 3].map((c) => styleAt(p, at("Tỷ suất lợi nhuận"), c).numberFormat)).toEqual(['0.00"%"', '0.00"%"']);
    // A small figure and a year stay as typed.
    expect([2, 3].map((c) => styleAt(p, at("Số lao động"), c).numberFormat)).toEqual([undefined, undefined]);
  });

  it("puts the table's unit line right above the table, at its right edge, in the appendix's language", () => {
    for (const [lang, line] of [
      ["vi", "Đơn vị tính: triệu đồng"],
      ["en", "Unit: triệu đồng"],
    ] as const) {
      const p = appendixOf(grid, { lang });
      expect(values(p)[1]![0]).toBe(line);
      expect(styleAt(p, 1, 0)).toMatchObject({ italic: true, horizontal: "right" });
      expect(p.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: values(p)[0]!.length - 1 });
    }
    // Without a unit line the row above the header stays blank.
    const bare = appendixOf(sheet("S", rows.slice(1)));
    expect(values(bare)[1]!.every((v) => v === null)).toBe(true);
  });
});
