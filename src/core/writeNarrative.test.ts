import { book, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { comparedWith, ownName } from "./nameIndicator";
import type { Analysis, AnalyzeOptions, CellValue, TableLayout } from "./types";

const analyze = (header: string[], rows: CellValue[][], options: AnalyzeOptions = {}): Analysis => {
  const r = analyzeWorkbook(book(sheet("S", [header, ...rows])), { method: "ratio", ...options });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const PLAN = ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện"];

describe("ownName", () => {
  it.each([
    ["- Cá nhân hoàn thành tốt nhiệm vụ.", "Cá nhân hoàn thành tốt nhiệm vụ"],
    [
      "Trong đó: có ít nhất 50% cá nhân hoàn thành xuất sắc nhiệm vụ",
      "Ít nhất 50% cá nhân hoàn thành xuất sắc nhiệm vụ",
    ],
    ["Tr.đó:\n- Nông Lâm Ngư nghiệp (%)", "Nông Lâm Ngư nghiệp (%)"],
    ["Chỉ tiêu 1: CCVC thực hiện đăng ký thi đua", "CCVC thực hiện đăng ký thi đua"],
    ["   + Tập thể lao động tiên tiến", "Tập thể lao động tiên tiến"],
    ["1. Số bác sỹ cho 10000 dân", "Số bác sỹ cho 10000 dân"],
    ["đoàn viên được phân loại:", "Đoàn viên được phân loại"],
    ["x".repeat(100), `X${"x".repeat(86)}…`],
  ])("%j → %j", (label, name) => {
    expect(ownName(label)).toBe(name);
  });
});

describe("comparedWith", () => {
  const table = (text: string) => ({ headers: [{ col: 2, text }], columns: { target: 2 } }) as unknown as TableLayout;
  it.each([
    ["Chỉ tiêu Nghị quyết %", "vi", "so với Nghị quyết"],
    ["Kế hoạch năm 2019", "vi", "so với kế hoạch"],
    ["KH 2023", "vi", "so với kế hoạch"],
    ["Kế hoạch / Nghị quyết", "vi", "so với kế hoạch"],
    ["Dự toán năm 2023", "vi", "so với dự toán"],
    ["Mục tiêu đến năm 2020", "vi", "so với mục tiêu"],
    ["Chỉ tiêu", "vi", "so với chỉ tiêu"],
    ["Budget Money units (MU)", "en", "the budget"],
    ["Target", "en", "their targets"],
    ["Chỉ tiêu Nghị quyết %", "en", "the resolution's targets"],
  ] as const)("%j in %s → %j", (header, lang, phrase) => {
    expect(comparedWith(table(header), lang)).toBe(phrase);
  });
});

describe("writeNarrative", () => {
  it.each([
    [
      "names every not-met line with its rate",
      [
        ["1", "Doanh thu", 100, 120],
        ["2", "Lợi nhuận", 100, 80],
        ["3", "Nộp ngân sách", 50, 50],
        ["4", "Đầu tư", 200, 100],
      ],
      "Có 02/04 chỉ tiêu đạt và vượt so với kế hoạch; trong đó 01 chỉ tiêu vượt: “Doanh thu” đạt 120%; " +
        "02/04 chỉ tiêu không đạt: “Lợi nhuận” chỉ đạt 80%, “Đầu tư” chỉ đạt 50%.",
    ],
    [
      "names the exceeded ones right after the count when all of them exceed",
      [
        ["1", "Doanh thu", 100, 120],
        ["2", "Lợi nhuận", 100, 101],
      ],
      "Có 02/02 chỉ tiêu vượt so với kế hoạch: “Doanh thu” đạt 120%, “Lợi nhuận” đạt 101%.",
    ],
    [
      "says met alone when nothing exceeds, and counts what is not evaluated",
      [
        ["1", "Doanh thu", 100, 100],
        ["2", "Lợi nhuận", null, 80],
      ],
      "Có 01/02 chỉ tiêu đạt so với kế hoạch; 01/02 chỉ tiêu chưa đánh giá.",
    ],
    [
      "says not met first when nothing is met",
      [["1", "Doanh thu", 100, 90]],
      "Có 01/01 chỉ tiêu không đạt so với kế hoạch: “Doanh thu” chỉ đạt 90%.",
    ],
  ])("%s", (_, rows, narrative) => {
    expect(analyze(PLAN, rows as CellValue[][]).narrative).toBe(narrative);
  });

  it("does not say what the results are compared with where the section's name says it", () => {
    const a = analyze(PLAN, [
      ["I", "Sản xuất nông nghiệp (so với kế hoạch)"],
      ["1", "Cây ngô", 70, 73],
    ]);
    expect(a.narrative.split("\n")[0]).toBe(
      "Sản xuất nông nghiệp (so với kế hoạch): có 01/01 chỉ tiêu vượt: “Cây ngô” đạt 104%.",
    );
  });

  it("writes English with the same counts and names", () => {
    const a = analyze(
      ["No.", "Indicator", "Budget", "Actual"],
      [
        ["I", "Income: 2 indicators"],
        ["1", "Fees", 100, 90],
        ["2", "Grants", 50, 60],
      ],
      { lang: "en" },
    );
    expect(a.narrative.split("\n")).toEqual([
      "Income: 01/02 indicators exceeded the budget: “Grants” at 120%; 01/02 indicators not met: “Fees” at 90%.",
      "Overall: 01/02 indicators exceeded the budget; 01/02 indicators not met.",
    ]);
  });

  it("writes a sentence when no English indicator is met (did not meet the budget)", () => {
    const a = analyze(["No.", "Indicator", "Budget", "Actual"], [["1", "Fees", 100, 90]], { lang: "en" });
    expect(a.narrative).toBe("01/01 indicators did not meet the budget: “Fees” at 90%.");
  });
});

describe("writeNarrative: a rate that misleads in a sentence is given as the line's figures", () => {
  it.each([
    // Lower is better, far under the ceiling: 39 ÷ 3 = 1300 % in the sheet, the figures in the sentence.
    [
      "vi",
      ["1", "Số vụ tai nạn lao động", "Không quá 39", 3],
      "Có 01/01 chỉ tiêu vượt so với kế hoạch: “Số vụ tai nạn lao động” đạt 3 (chỉ tiêu: Không quá 39).",
    ],
    [
      "en",
      ["1", "Cases of C difficile", "Not to exceed 39", 3],
      "01/01 indicators exceeded the plan: “Cases of C difficile” at 3 (target: Not to exceed 39).",
    ],
    // Lower is better and near the ceiling: the rate reads well.
    ["vi", ["1", "Tỷ lệ hộ nghèo", 4, 3], "Có 01/01 chỉ tiêu vượt so với kế hoạch: “Tỷ lệ hộ nghèo” đạt 133%."],
  ])("%s %j", (lang, row, narrative) => {
    const a = analyze(PLAN, [row as CellValue[]], { lang: lang as "vi" | "en" });
    expect(a.indicators[0]!.status).toBe("exceeded");
    expect(a.narrative).toBe(narrative);
  });
});
