import { book, HEADER, sheet } from "../../test/support/grid";
import { findTable, listTables } from "./findTable";
import { matchHeader } from "./matchHeader";

describe("matchHeader", () => {
  it.each([
    ["Chỉ tiêu\n\nNghị quyết\n\n%", "target"],
    ["Kế hoạch (%)", "target"],
    ["Mục tiêu", "target"],
    ["Target", "target"],
    ["Plan", "target"],
    ["Kết quả\n\nđạt được\n\n%", "result"],
    ["Thực hiện năm 2023", "result"],
    ["Actual", "result"],
    ["Tỷ lệ\nđạt được\n%", "attainment"],
    ["So với kế hoạch (%)", "attainment"],
    ["Tỷ lệ hoàn thành", "attainment"],
    ["Attainment", "attainment"],
    ["Nội dung chỉ tiêu", "label"],
    ["Tên chỉ tiêu", "label"],
    ["Indicator", "label"],
    ["Số\n\nTT", "number"],
    ["STT", "number"],
    ["No.", "number"],
    ["Ghi chú", "notes"],
    ["Đánh giá", "status"],
    ["TỶ LỆ ĐẠT ĐƯỢC", "attainment"],
    ["Tỷ lệ đạt được".normalize("NFD"), "attainment"],
  ])("%j names %s", (text, role) => {
    expect(matchHeader(text)[0]?.role).toBe(role);
  });

  it.each([
    "Về công tác chuyên môn: 03 chỉ tiêu",
    "Chỉ tiêu 1: CCVC thực hiện đăng ký thi đua đầu năm",
    "Năm 2023",
    "",
  ])("%j is not a header", (text) => {
    expect(matchHeader(text)).toEqual([]);
  });
});

describe("findTable", () => {
  it("finds a header below title rows", () => {
    const t = findTable(
      sheet("S", [
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023"],
        [],
        HEADER,
        ["1", "Chỉ tiêu A", 10, 12],
        ["2", "Chỉ tiêu B", 5, 5],
      ]),
    )!;
    expect(t).toMatchObject({
      headerTop: 2,
      headerBottom: 2,
      firstRow: 3,
      lastRow: 4,
      title: "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023",
    });
    expect(t.columns).toEqual({ number: 0, label: 1, target: 2, result: 3, attainment: 4, notes: 5 });
  });

  it("reads a two-row header with a merged group header", () => {
    const t = findTable(
      sheet(
        "S",
        [
          ["STT", "Nội dung", "Năm 2023", null, "Tỷ lệ (%)"],
          [null, null, "Kế hoạch (%)", "Thực hiện (%)", null],
          ["1", "Tỷ lệ hộ nghèo", "≤ 5", 4],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"] },
      ),
    )!;
    expect(t).toMatchObject({ headerTop: 0, headerBottom: 1, firstRow: 2, percentHint: true });
    expect(t.columns).toMatchObject({ number: 0, label: 1, target: 2, result: 3, attainment: 4 });
    expect(t.headers.find((h) => h.col === 2)?.text).toBe("Năm 2023 Kế hoạch (%)");
  });

  it('uses "Chỉ tiêu" as the label when another column is the target', () => {
    const t = findTable(
      sheet("S", [
        ["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["1", "A", 1, 1],
      ]),
    )!;
    expect(t.columns).toMatchObject({ number: 0, label: 1, target: 2, result: 3 });
  });

  it('uses "Chỉ tiêu" as the target when it is the only candidate', () => {
    const t = findTable(
      sheet("S", [
        ["TT", "Nội dung", "Chỉ tiêu", "Kết quả"],
        ["1", "A", 1, 1],
      ]),
    )!;
    expect(t.columns).toMatchObject({ label: 1, target: 2, result: 3 });
  });

  it("matches headers written in NFD, upper case and across line breaks", () => {
    const t = findTable(
      sheet("S", [
        ["SỐ TT".normalize("NFD"), "NỘI DUNG CHỈ TIÊU", "KẾ\nHOẠCH".normalize("NFD"), "THỰC\r\nHIỆN"],
        ["1", "A", 1, 2],
      ]),
    )!;
    expect(t.columns).toMatchObject({ number: 0, label: 1, target: 2, result: 3 });
  });

  it("skips a row of column numbers and stops at the signature lines", () => {
    const t = findTable(
      sheet("S", [
        HEADER,
        ["(1)", "(2)", "(3)", "(4)", "(5)=(4)/(3)", "(6)"],
        ["1", "A", 10, 10],
        [],
        ["", "Người lập biểu", "", "", "Thủ trưởng đơn vị"],
      ]),
    )!;
    expect(t).toMatchObject({ firstRow: 2, lastRow: 2 });
  });

  it("stops after two blank rows and at a date line", () => {
    expect(findTable(sheet("S", [HEADER, ["1", "A", 1, 1], [], [], ["2", "stray", 1, 1]]))!.lastRow).toBe(1);
    expect(
      findTable(sheet("S", [HEADER, ["1", "A", 1, 1], [null, "Bình Dương, ngày 15 tháng 12 năm 2021"]]))!.lastRow,
    ).toBe(1);
  });

  it("returns null for a sheet without a table", () => {
    expect(findTable(sheet("S", [["Ghi chép"], ["Một dòng chữ", 12]]))).toBeNull();
  });

  it("lists only the sheets that hold a table", () => {
    const wb = book(sheet("Bìa", [["BÁO CÁO"]]), sheet("Bảng", [HEADER, ["1", "A", 1, 1]]));
    expect(listTables(wb).map((t) => t.sheet)).toEqual(["Bảng"]);
  });
});
