import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { readStatedVerdict, statusOfStated } from "./readStatedVerdict";

describe("readStatedVerdict: a verdict on an unprinted target, in words", () => {
  it.each([
    // In the line's status or rate column: a gap opening the cell, in any unit.
    ["Vượt 24,5 ha", "column", "exceeded"],
    ["vượt 9%", "column", "exceeded"],
    ["Cao hơn 3,1%", "column", "over"],
    ["Thấp hơn 2%", "column", "under"],
    ["Hụt 5 tỷ đồng", "column", "notMet"],
    ["vượt kế hoạch 5,1%", "column", "exceeded"],
    ["Hoàn thành sớm 2 năm", "column", "exceeded"],
    ["Không đạt 2,5 %", "column", "notMet"],
    // A rise or a fall in a column says nothing of the target unless it names it.
    ["Tăng 5%", "column", null],
    ["Tăng 5% so với kế hoạch", "column", "over"],
    ["Tăng 16,25% so với năm 2020", "column", null],
    ["Dự báo cả niên độ vượt 4.000 tỷ đồng", "column", null],
    ["Vượt 0%", "column", "met"],
    // In the notes: a clause naming the target.
    ["Thụ lý 93.452 vụ, giải quyết 91.312 vụ; vượt 7,71% so với chỉ tiêu Tòa án đề ra", "notes", "exceeded"],
    ["Xong 1.190/1.432 vụ việc có điều kiện; tăng 1,10% chỉ tiêu ngành giao", "notes", "over"],
    ["Xong 80,7/174,7 tỷ đồng có điều kiện; vượt hơn 6% so với chỉ tiêu được giao", "notes", "exceeded"],
    ["đạt 83,10% (tăng 1,10% chỉ tiêu ngành giao)", "notes", "over"],
    ["vượt 20,27% chỉ tiêu Tổng cục giao", "notes", "exceeded"],
    ["thấp hơn 0,5% so với kế hoạch", "notes", "under"],
    ["59 vụ bị sửa do lỗi chủ quan; trong mức cho phép của ngành", "notes", "met"],
    ["Đáp ứng yêu cầu Nghị quyết Quốc hội", "notes", "met"],
    ["Chưa đáp ứng yêu cầu của ngành", "notes", "notMet"],
    ["Vượt mức cho phép", "notes", "notMet"],
    ["Không đạt chỉ tiêu do thiếu vốn", "notes", "notMet"],
    ["3% above target", "notes", "over"],
    ["2.5 points below plan", "notes", "under"],
    // Words alone: "above target" beats the unprinted target, "on target" meets it.
    ["above target", "notes", "exceeded"],
    ["on target", "notes", "met"],
    ["Đạt chỉ tiêu", "notes", "met"],
    // A change on another period, or a note that names no target, is none.
    ["Xong 1.054/1.191 vụ việc có điều kiện; tăng 5,5% so với năm 2020", "notes", null],
    ["Thụ lý 567.521 vụ việc; cao hơn năm trước 7,7%", "notes", null],
    ["So cùng kỳ: thụ lý tăng 81 vụ, giải quyết tăng 99 vụ", "notes", null],
    ["vượt 9%", "notes", null],
    ["Đạt chuẩn Nông thôn mới năm 2018", "notes", null],
    ["Cơ bản đạt chỉ tiêu", "notes", null],
    ["", "notes", null],
  ] as const)("%j in the %s → %s", (text, where, sense) => {
    expect(readStatedVerdict(text, where)?.sense ?? null).toBe(sense);
  });

  it("names the clause that states it", () => {
    expect(readStatedVerdict("Xong 80,7/174,7 tỷ; vượt hơn 6% so với chỉ tiêu được giao", "notes")?.clause).toBe(
      "vượt hơn 6% so với chỉ tiêu được giao",
    );
  });
});

describe("statusOfStated: over or under the target, by the line's direction", () => {
  it.each([
    ["over", "higher", "exceeded"],
    ["over", "lower", "notMet"],
    ["under", "higher", "notMet"],
    ["under", "lower", "exceeded"],
    ["exceeded", "lower", "exceeded"],
    ["met", "higher", "met"],
  ] as const)("%s on a %s line → %s", (sense, direction, status) => {
    expect(statusOfStated(sense, direction)).toBe(status);
  });
});

describe("readStatedVerdict: a share is no verdict", () => {
  it.each([
    ["đạt trên 130% KH", "notes"],
    ["đạt 100% yêu cầu", "column"],
    ["đạt 100% kế hoạch đề ra", "notes"],
    ["Hoàn thành 95% kế hoạch", "notes"],
  ] as const)("%j in the %s → none", (text, where) => {
    expect(readStatedVerdict(text, where)).toBeNull();
  });
});

describe("a line with no target judged by its own words", () => {
  const run = (header: string[], line: (string | number | null)[], title = "KẾT QUẢ NĂM 2021") => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          [title],
          header,
          [1, "Doanh thu", "tỷ đồng", 100, 110, "Số liệu của Sở"],
          [2, "Tỷ lệ thi hành xong về việc", "%", ...line],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    const ind = r.value.indicators[1]!;
    const warning = r.value.warnings.find((w) => w.code === "verdictInWords" && w.row === 3);
    return { status: ind.status, attainment: ind.attainment, cell: warning?.address ?? null };
  };
  const notes = ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao", "Kết quả", "Ghi chú"];
  const rate = ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao", "Kết quả", "So với chỉ tiêu giao"];
  it.each([
    [notes, [null, 97.71, "Giải quyết 91.312 vụ; vượt 7,71% so với chỉ tiêu"], "exceeded", null, "F4"],
    [notes, [null, 83.1, "tăng 1,10% chỉ tiêu ngành giao"], "exceeded", null, "F4"],
    [notes, [null, 70, "thấp hơn 2% so với kế hoạch"], "notMet", null, "F4"],
    [notes, [null, 88.5, "tăng 5,5% so với năm 2020"], "notEvaluated", null, null],
    [notes, [null, 88.5, "vượt 5%"], "notEvaluated", null, null],
    // The rate column: a gap in % is the rate it stands for.
    [rate, [null, 93, "vượt 9%"], "exceeded", 109, "F4"],
    [rate, [null, 93, "Hụt 2%"], "notMet", 98, "F4"],
  ] as const)("%j %j → %s", (header, line, status, attainment, cell) => {
    expect(run([...header], [...line])).toEqual({ status, attainment, cell });
  });

  it("reads a gap in % as progress, not a verdict, part-way through the year", () => {
    expect(run(notes, [null, 60, "vượt 7,71% so với chỉ tiêu"], "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2021").status).toBe(
      "notEvaluated",
    );
  });

  it("reads a notes column taken as the status as notes too: the verdict may close the cell", () => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao", "Kết quả", "Ghi chú"],
          [1, "Tỷ lệ thi hành xong về việc", "%", null, 87.91, "Vượt chỉ tiêu"],
          [2, "Tỷ lệ thi hành xong về tiền", "%", null, 62.37, "Vượt chỉ tiêu"],
          [
            3,
            "Tỷ lệ xong về việc (6 tháng)",
            "%",
            null,
            73.34,
            "Xong 2.107 việc, tăng 451 việc; vượt chỉ tiêu được giao",
          ],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.table.columns.status).toBe(5);
    expect(r.value.indicators.map((i) => i.status)).toEqual(["exceeded", "exceeded", "exceeded"]);
    expect(r.value.warnings.find((w) => w.code === "verdictInWords" && w.row === 3)?.address).toBe("F4");
  });

  it("takes a rate column of verdicts in the line's own unit as the status column", () => {
    const r = analyzeWorkbook(
      book(
        sheet("S", [
          ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu Nghị quyết", "Kết quả", "So với Nghị quyết", "Ghi chú"],
          [1, "Trồng rừng", "ha", null, 64.7, "Vượt 34,7 ha", null],
          [2, "Xây dựng nông thôn mới", "năm", null, "Năm 2018", "Hoàn thành sớm 2 năm", "Đạt chuẩn năm 2018"],
          [3, "Kết nạp đảng viên", "người", null, 50, "Vượt 25%", null],
        ]),
      ),
    );
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.table.columns.status).toBe(5);
    expect(r.value.table.columns.attainment).toBeUndefined();
    expect(r.value.indicators.map((i) => i.status)).toEqual(["exceeded", "exceeded", "exceeded"]);
  });
});
