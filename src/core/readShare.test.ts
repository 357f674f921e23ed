import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { describeError, describeWarning } from "./messages";
import { judgeShare, readShareScope } from "./readShare";
import type { Analysis, CellValue } from "./types";

const analyze = (rows: CellValue[][], name = "S"): Analysis => {
  const r = analyzeWorkbook(book(sheet(name, rows)));
  if (!r.ok) throw new Error(describeError(r.error, "en"));
  return r.value;
};

describe("readShareScope: what a table's printed shares are shares of", () => {
  const table = (rate: string, result: string, title: string | null, sheetName = "S") => ({
    headers: [
      { col: 2, text: "Kế hoạch" },
      { col: 3, text: result },
      { col: 4, text: rate },
    ],
    columns: { number: 0, label: 1, target: 2, result: 3, attainment: 4 },
    title,
    sheet: sheetName,
  });
  it.each([
    ["a year's table", "TH/KH (%)", "Thực hiện năm 2023", "KẾT QUẢ NĂM 2023", "year"],
    ["nothing said: the year", "So với KH (%)", "Thực hiện", null, "year"],
    ["a half-year, the year's plan", "% KH năm", "Thực hiện", "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2017", "partYear"],
    ["a half-year, no plan's period named", "TH/KH", "Thực hiện 6 tháng", null, "partYear"],
    ["a half-year against its own plan", "So với KH 6 tháng (%)", "Thực hiện 6 tháng", null, "year"],
    ["nine months in the title", "So với KH (%)", "Thực hiện", "BÁO CÁO 9 THÁNG NĂM 2018", "partYear"],
    ["a quarter", "TH/KH", "Thực hiện quý I", null, "partYear"],
    ["a month", "% KH", "Thực hiện tháng 10", null, "partYear"],
    ["the year's estimate in a nine months' report", "% KH", "Ước cả năm", "BÁO CÁO 9 THÁNG", "year"],
    ["a date part-way", "% dự toán", "Số thu", "Số thu đến ngày 10/8/2022", "partYear"],
    ["the year's last day", "% dự toán", "Số thu", "Số thu đến ngày 31/12/2022", "year"],
    ["mid-term", "% NQ", "Thực hiện", "SƠ KẾT GIỮA NHIỆM KỲ", "partYear"],
    ["a signing date in the title", "TH/KH", "Thực hiện", "Báo cáo ngày 15 tháng 01 năm 2019", "year"],
    ["the sheet's name", "TH/KH", "Thực hiện", null, "partYear", "6 tháng 2024"],
    // A court's or procuracy's working year, 1 October to 30 September, is a whole year; five months of it is not.
    ["a working year by its dates", "% KH", "Kết quả", "(Từ ngày 01/10/2021 đến ngày 30/9/2022)", "year"],
    ["a span of twelve months", "% KH", "Kết quả", "Năm công tác 01/12/2022 - 30/11/2023", "year"],
    ["a span of five months", "% KH", "Kết quả", "(Từ ngày 01/10/2022 đến ngày 28/02/2023)", "partYear"],
  ])("%s → %s", (_what, rate, result, title, scope, sheetName = "S") => {
    expect(readShareScope(table(rate, result, title, sheetName))).toBe(scope);
  });
  it("reads the captions above the header before the title", () => {
    expect(readShareScope(table("TH/KH", "Thực hiện", "KẾT QUẢ"), "KẾT QUẢ (6 tháng đầu năm 2017)")).toBe("partYear");
  });
});

describe("judgeShare: a printed share's verdict", () => {
  it.each([
    [102.01, "higher", "exceeded", 102.01],
    [100, "higher", "met", 100],
    [87.81, "higher", "notMet", 87.81],
    ["trên 100", "higher", "exceeded", null],
    ["hơn 100", "higher", "exceeded", null],
    ["dưới 100", "higher", "notMet", null],
    ["gần 100", "higher", "notMet", null],
    ["khoảng 95", "higher", "notMet", null],
  ] as const)("%j (%s) → %s", (reported, direction, status, share) => {
    expect(judgeShare(reported, direction)).toEqual({ status, share });
  });
  it.each([
    ["trên 98", "higher"],
    ["khoảng 100", "higher"],
    ["giảm 0,37%", "higher"],
    [95, "lower"],
    [105, "lower"],
  ] as const)("%j (%s) judges nothing", (reported, direction) => {
    expect(judgeShare(reported, direction)).toBeNull();
  });
});

describe("judging a line by the printed share of an unprinted plan", () => {
  const header = ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2018", "Thực hiện năm 2018", "So với KH (%)"];
  it.each([
    ["a year's share over the plan", "KẾT QUẢ NĂM 2018", header, "102,83", "exceeded", 102.83, true],
    ["a year's share under the plan", "KẾT QUẢ NĂM 2018", header, "87,81", "notMet", 87.81, true],
    ["a year's share at the plan", "KẾT QUẢ NĂM 2018", header, "100", "met", 100, true],
    ["a year's share with a bound", "KẾT QUẢ NĂM 2018", header, "trên 100", "exceeded", null, true],
    ["a year's share with an unsettled bound", "KẾT QUẢ NĂM 2018", header, "trên 98", "notEvaluated", null, false],
    [
      "a half-year's share of the year's plan",
      "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2017",
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2017", "Thực hiện 6 tháng", "% KH năm"],
      "55",
      "notEvaluated",
      null,
      false,
    ],
    [
      "a half-year's share of the half-year's plan",
      "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2017",
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 6 tháng", "Thực hiện 6 tháng", "So với KH 6 tháng (%)"],
      "104",
      "exceeded",
      104,
      true,
    ],
    [
      "nine months in the title, the plan's period unsaid",
      "BÁO CÁO KẾT QUẢ 9 THÁNG NĂM 2018",
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "TH/KH (%)"],
      "80",
      "notEvaluated",
      null,
      false,
    ],
  ])("%s", (_what, title, head, share, status, attainment, said) => {
    const a = analyze([
      [title],
      head,
      ["1", "Tổng sản lượng nước sản xuất", "m3", null, 683249993, share],
      ["2", "Tỷ lệ hộ dân được sử dụng nước sạch", "%", 100, 100, "100"],
    ]);
    const [line, planned] = a.indicators;
    expect([line!.status, line!.attainment]).toEqual([status, attainment]);
    const warning = a.warnings.find((w) => w.row === 2 && w.code === "judgedByShare");
    expect(warning !== undefined).toBe(said);
    if (warning) {
      expect(warning.address).toBe("F3");
      expect(describeWarning(warning, "vi")).toContain("đánh giá theo tỷ lệ báo cáo");
      expect(describeWarning(warning, "en")).toContain("judged from the reported share");
    } else expect(a.warnings.some((w) => w.row === 2)).toBe(true);
    // A line with its plan typed is judged from its figures, as before.
    expect([planned!.status, planned!.attainment, planned!.printedShare]).toEqual(["met", 100, undefined]);
    expect(a.warnings.some((w) => w.row === 3 && w.code === "judgedByShare")).toBe(false);
  });

  it("keeps a share apart from the change on the same period beside it", () => {
    const a = analyze([
      ["KẾT QUẢ NĂM 2016"],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So với cùng kỳ (%)", "So với KH (%)"],
      ["1", "Tổng sản lượng điện", "tỷ kWh", null, 16.087, "101,54", "116,21"],
      ["2", "Khối thủy điện", "tỷ kWh", null, 2.867, "120", "92,35"],
    ]);
    expect(a.indicators.map((i) => [i.status, i.attainment])).toEqual([
      ["exceeded", 116.21],
      ["notMet", 92.35],
    ]);
    expect(a.summary.exceeded).toBe(1);
    expect(a.summary.notMet).toBe(1);
  });

  it("leaves a lower-is-better share and a percent line without a result unjudged", () => {
    const a = analyze([
      ["KẾT QUẢ NĂM 2016"],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So với KH (%)"],
      ["1", "Tỷ lệ hộ nghèo", "%", null, 3.5, "95"],
      ["2", "Công suất sử dụng giường bệnh", "%", null, null, "107"],
      ["3", "Khám bệnh", "lượt", null, 95120, "115"],
    ]);
    expect(a.indicators.map((i) => i.status)).toEqual(["notEvaluated", "notEvaluated", "exceeded"]);
  });

  it("leaves a line of part of the year in a year's table unjudged", () => {
    const a = analyze([
      ["KẾT QUẢ NĂM 2023"],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So với KH (%)"],
      ["1", "Tổng thu ngân sách (đến ngày 31/10/2023)", "tỷ đồng", null, 278, "117,31"],
      ["2", "Thu ngân sách 10 tháng đầu năm", "tỷ đồng", null, 278, "117,31"],
      ["II", "Chương trình giai đoạn 2013-2018 (từ đầu nhiệm kỳ đến nay)"],
      ["3", "Kết nạp đoàn viên", "đoàn viên", null, 32567, "191"],
    ]);
    expect(a.indicators.map((i) => i.status)).toEqual(["notEvaluated", "notEvaluated", "notEvaluated"]);
  });

  it("reads words stating the share in a notes column as no other verdict", () => {
    const a = analyze([
      ["KẾT QUẢ NĂM 2017"],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2017", "Ước thực hiện năm 2017", "So với KH năm (%)", "Ghi chú"],
      ["1", "Tổng diện tích gieo trồng", "ha", null, "8.375", "100,17", "đạt 100,17% kế hoạch năm"],
      ["2", "Tổng sản lượng lương thực", "tấn", null, "5.211", "88,6", "chỉ đạt, bằng 88,6% so với kế hoạch năm"],
    ]);
    expect(a.indicators.map((i) => [i.status, i.attainment, i.discrepancy])).toEqual([
      ["exceeded", 100.17, false],
      ["notMet", 88.6, false],
    ]);
  });
});
