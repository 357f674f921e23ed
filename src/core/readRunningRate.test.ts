import { isRunningRate, runningPart } from "./readRunningRate";

describe("isRunningRate", () => {
  it.each([
    ["Tỷ lệ thi hành xong về việc", true],
    ["Tỷ lệ giải quyết xong đơn thư khiếu nại", true],
    ["Tỉ lệ giải ngân vốn đầu tư công", true],
    ["TỶ LỆ THU HỒI NỢ", true],
    ["Tỷ lệ tổn thất điện năng (lũy kế)", false],
    ["Tỷ lệ hộ nghèo", false],
    ["Giải ngân vốn đầu tư công", false],
    ["% times an appliance arrives within 8 minutes", false],
  ])("%j → %s", (label, expected) => {
    expect(isRunningRate(label)).toBe(expected);
  });
});

describe("runningPart", () => {
  it.each([
    ["the result's header", "Tỷ lệ thi hành xong về tiền", [], "Kết quả đến\ntháng 7/2020", "", "tháng 7"],
    ["the title", "Tỷ lệ giải ngân", [], "Thực hiện", "KẾT QUẢ 9 THÁNG ĐẦU NĂM 2023", "9 THÁNG"],
    ["a heading above the line", "Tỷ lệ giải ngân", ["6 tháng đầu năm 2023"], "Thực hiện", "", "6 tháng"],
    ["the label itself", "Tỷ lệ giải ngân đến 30/9", [], "Thực hiện", "", "đến 30/9"],
    ["the whole year", "Tỷ lệ giải ngân", [], "Ước thực hiện cả năm", "KẾT QUẢ 9 THÁNG", null],
    ["no part named", "Tỷ lệ thi hành xong về việc", [], "Kết quả năm 2022", "BÁO CÁO NĂM 2022", null],
    ["no running rate", "Tỷ lệ hộ nghèo", [], "Kết quả đến tháng 7/2020", "", null],
  ])("%s", (_what, label, context, header, title, expected) => {
    expect(runningPart(label, context, header, title)).toBe(expected);
  });
});
