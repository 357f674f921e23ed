import type { ColumnHeader } from "./findHeader";
import { readHeader } from "./matchHeader";
import { isNextPeriod, pickPeriodPair } from "./pickPeriodPair";

const header = (col: number, text: string): ColumnHeader => {
  const reading = readHeader(text);
  return { col, text, reading, year: reading.year, period: reading.period, unit: reading.unit };
};

describe("isNextPeriod: a target of the period after the results reviewed", () => {
  it.each([
    ["Mục tiêu nhiệm kỳ 2025-2030", "Thực hiện nhiệm kỳ 2020-2025", true],
    ["Chỉ tiêu nhiệm kỳ 2025-2030", "Kết quả thực hiện", false],
    ["Kế hoạch năm 2024", "Thực hiện năm 2023", true],
    ["Mục tiêu giai đoạn tới", "Kết quả thực hiện", true],
    ["Chỉ tiêu nhiệm kỳ tiếp theo", "Thực hiện", true],
    ["Next year target", "Actual", true],
    ["Kế hoạch năm 2023", "Thực hiện năm 2023", false],
    ["Mục tiêu đến năm 2025", "Thực hiện năm 2023", false],
    ["Nghị quyết Đại hội IV", "Thực hiện nhiệm kỳ 2020-2025", false],
    ["Chỉ tiêu tối thiểu", "Thực hiện", false],
  ])("%j beside %j → %s", (t, r, next) => {
    expect(isNextPeriod(header(0, t), header(1, r))).toBe(next);
  });
});

describe("pickPeriodPair: the next period's target is never the target of the results reviewed", () => {
  it.each([
    [["Nghị quyết\nĐại hội IV", "Thực hiện\nnhiệm kỳ\n2020-2025", "Mục tiêu\nnhiệm kỳ 2025-2030"], 0, 1],
    [["Chỉ tiêu Nghị quyết", "Kết quả thực hiện", "Mục tiêu giai đoạn tới"], 0, 1],
    [["Thực hiện 2022", "Kế hoạch 2023", "Thực hiện 2023", "Kế hoạch 2024"], 1, 2],
    [["Kế hoạch năm 2022", "Thực hiện năm 2022", "Kế hoạch năm 2023"], 0, 1],
  ])("%j → target %i, result %i", (texts, target, result) => {
    const pair = pickPeriodPair(texts.map((t, i) => header(i, t)));
    expect(pair).toMatchObject({ target, result });
  });
});

describe("pickPeriodPair: a pair whose only target is of the next period is marked so", () => {
  it.each([
    [["Thực hiện nhiệm kỳ 2020-2025", "Mục tiêu nhiệm kỳ 2025-2030"], true],
    [["Ước thực hiện 2023", "Kế hoạch 2024"], true],
    [["Kết quả thực hiện", "Mục tiêu giai đoạn tới"], true],
    [["Kế hoạch 2023", "Thực hiện 2023"], undefined],
    [["Mục tiêu đến năm 2025", "Thực hiện năm 2023"], undefined],
  ])("%j → %s", (texts, next) => {
    expect(pickPeriodPair(texts.map((t, i) => header(i, t)))?.nextPeriod).toBe(next);
  });
});

describe("pickPeriodPair: a bare rate beside a target with no result named is the rate measured", () => {
  it.each([
    [["Năm học", "Chuẩn", "Số học sinh", "Tỷ lệ"], { target: 1, result: 3 }],
    [["Nội dung", "Tiêu chuẩn", "Tỉ lệ (%)"], { target: 1, result: 2 }],
    [["Nội dung", "Kế hoạch", "Tỷ lệ đạt được"], null],
    [["Nội dung", "Kế hoạch", "Tỷ lệ", "So sánh"], { target: 1, result: 2 }],
  ])("%j → %j", (texts, expected) => {
    const pair = pickPeriodPair(texts.map((t, i) => header(i, t)));
    if (expected === null) expect(pair).toBeNull();
    else expect(pair).toMatchObject(expected);
  });
});

describe("pickPeriodPair: of two targets of one year, the one sharing the result's qualifier", () => {
  it.each([
    [["KPI", "2020 mid-term target", "2020 annual target", "2020 mid-term outcome", "2020 annual outcome"], 2, 4],
    [["KPI", "2020 mid-year target", "2020 annual target", "2020 mid-year outcome"], 1, 3],
    [["KPI", "Annual Target", "YTD Target", "YTD Actual"], 2, 3],
    [["KPI", "Annual Target", "Q3 Actual", "YTD Actual"], 1, 3],
  ])("%j → target %i, result %i", (texts, target, result) => {
    expect(pickPeriodPair(texts.map((t, i) => header(i, t)))).toMatchObject({ target, result });
  });
});
