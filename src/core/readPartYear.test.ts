import { readPartYear } from "./readPartYear";

describe("readPartYear: part of a year in a label against the whole year's target", () => {
  it.each([
    ["Thu ngân sách nhà nước trên địa bàn 10 tháng đầu năm", "Kế hoạch/\nDự toán\nnăm 2022", "10 tháng đầu năm"],
    ["Chi ngân sách địa phương 6 tháng", "Dự toán năm 2023", "6 tháng"],
    ["Thu nội địa quý I", "Dự toán năm", "quý I"],
    ["Income year to date", "Annual budget", "year to date"],
    ["Thu ngân sách 10 tháng đầu năm", "Kế hoạch 10 tháng", null],
    ["Thu ngân sách – ước thực hiện cả năm", "Dự toán năm 2022", null],
    ["Thu ngân sách 10 tháng đầu năm", "Kế hoạch", null],
    ["Quy hoạch sử dụng đất", "Kế hoạch năm 2022", null],
    ["Số trẻ 12 tháng tuổi tiêm đủ", "Kế hoạch năm 2022", null],
    ["Children aged 24 months immunised", "Annual target", null],
  ])("%j under %j → %j", (label, header, part) => expect(readPartYear(label, header)).toBe(part));
});
