import { quoteTerm } from "./quoteTerm";

describe("quoteTerm", () => {
  it.each([
    ["CC,VC không vi phạm Luật giao thông đường bộ", "khong vi pham", "không vi phạm"],
    ["Tỷ lệ hộ nghèo (theo chuẩn mới)", "ho ngheo", "hộ nghèo"],
    ["TỶ LỆ HỘ NGHÈO", "ho ngheo", "HỘ NGHÈO"],
    ["Đường giao thông nông thôn được cứng hóa", "duong", "Đường"],
    ["Tỷ lệ hộ nghèo giảm", "ho ngheo giam", "hộ nghèo giảm"],
    ["Average time to process new claims", "average time", "Average time"],
    ["Tỷ lệ thất nghiệp", "ho ngheo", "ho ngheo"],
    ["Chi phí", "", ""],
  ])("finds in %j the typed words of %j", (label, term, expected) => {
    expect(quoteTerm(label, term)).toBe(expected);
  });
});
