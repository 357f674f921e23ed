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
