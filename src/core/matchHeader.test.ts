import { matchHeader, readHeader, wordsBesideNames } from "./matchHeader";

describe("readHeader: header names by score", () => {
  it.each([
    ["Kế hoạch năm 2024", "target"],
    ["Mục tiêu đến năm 2025", "target"],
    ["Chỉ tiêu kế hoạch", "target"],
    ["Budget", "target"],
    ["Budgeted", "target"],
    ["Planned", "target"],
    ["Standard", "target"],
    ["Goal", "target"],
    ["Commissioned to attend", "target"],
    ["Performance target", "target"],
    ["Progress", "status"],
    ["Our target for repairs performance", "target"],
    ["Target for A/B inspection grades", "target"],
    ["Repairs performance measurement", "label"],
    ["Target Met", "status"],
    ["Expected score", "target"],
    ["FY2025\nAdopted", "target"],
    ["Q3 2023/24\nValue", "result"],
    ["FY2025\nProjected", "result"],
    ["FY 2022-23\nYE Proj.", "result"],
    ["Year-end projection", "result"],
    ["Estimated", "result"],
    ["2024 Estimate", "result"],
    ["YE Estimate", "result"],
    ["Estimated actual", "result"],
    ["Target/estimate", "target"],
    ["Estimated target", "target"],
    ["Estimated Budget", "target"],
    ["Achieved score", "result"],
    ["Lũy kế 6 tháng", "result"],
    ["YTD", "result"],
    ["FY2007 Year-End LPD", "result"],
    ["Year End Target", "target"],
    ["Year to date", "result"],
    ["Q2 year to date target", "target"],
    ["Q2 year to date status", "status"],
    ["Measurement", "label"],
    ["Performance (%)", "attainment"],
    ["Performance", "result"],
    ["Appreciation", "status"],
    ["Thực hiện 6 tháng đầu năm", "result"],
    ["Thực hiện / Actual", "result"],
    ["Thực hiện\nActual", "result"],
    ["Ước thực hiện năm 2024", "result"],
    ["Đạt được", "result"],
    ["Outturn", "result"],
    ["**Actual\nAchievement 2022/2023", "result"],
    ["Deviation\nfrom planned\ntarget to Actual Achievement 2022/2023", "compare"],
    ["Performance\nStandard\n2014/15", "target"],
    ["Yr end total / average", "result"],
    ["Estimated actual", "result"],
    ["Current", "result"],
    ["Giá trị\ngiải ngân", "result"],
    ["TH/KH", "attainment"],
    ["Đạt (%)\nkế hoạch", "attainment"],
    ["So với KH", "attainment"],
    ["So với KH/NQ", "attainment"],
    ["Tỷ lệ %\nso với KH", "attainment"],
    ["Tỷ lệ % so\nvới năm trước", "compare"],
    ["So sánh (%)", "attainment"],
    ["So sánh TH 2023/KH 2023", "attainment"],
    ["% achieved", "attainment"],
    ["% of target", "attainment"],
    ["% KH năm", "attainment"],
    ["% NQ", "attainment"],
    ["%", "attainment"],
    ["So với cùng kỳ", "compare"],
    ["So với 6 tháng 2022", "compare"],
    ["% so cùng kỳ", "compare"],
    ["Tỷ lệ\ntăng (%)", "compare"],
    ["Variance", "compare"],
    ["Nội dung chỉ tiêu kế hoạch", "label"],
    ["Đơn vị tính", "unit"],
    ["ĐVT", "unit"],
    ["Unit", "unit"],
    ["KPI ref", "number"],
    ["Kpi#", "number"],
    ["Percent of\nAnnual Target", "attainment"],
    ["#", "number"],
    ["FY 2010 Targeted", "target"],
    ["Chỉ tiêu\nĐại hội", "target"],
    ["Nghị quyết\nĐại hội X", "target"],
    ["Plan for 2018", "target"],
    ["Performance in 2018", "result"],
    ["(%) Ratio", "attainment"],
    ["Content", "label"],
    ["Result 2018", "result"],
    ["Plan 2018", "target"],
    ["Performance against target", "attainment"],
    ["Performance Indicators", "label"],
    ["PI title", "label"],
    ["2021/22\nStatus", "status"],
    ["Tỷ lệ thực hiện (%)", "attainment"],
    ["% thực hiện", "attainment"],
    ["So với NQ (%)", "attainment"],
    ["Performance status", "status"],
    ["RAG", "status"],
    ["Outcome", "result"],
    ["Commentary", "notes"],
    ["Target Date", "notes"],
    ["Good performance is", "direction"],
    ["Aim", "direction"],
    ["Aim 2019/20", "target"],
    ["Aim\n2019/20", "target"],
    ["Chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "target"],
    ["Chỉ tiêu Nghị quyết HĐND tỉnh giao", "target"],
    ["Mục tiêu\nQuốc hội đề ra", "target"],
    ["Kế hoạch UBND huyện giao năm 2024", "target"],
    ["Chỉ tiêu\nTổng cục giao", "target"],
    ["Chỉ tiêu Cục giao", "target"],
    ["Kết quả thực hiện giữa nhiệm kỳ", "result"],
    ["Đơn vị", "unit"],
    ["Ch/tiêu NQĐH VII\nđề ra đến năm 2000", "target"],
    ["C.tiêu kế hoạch", "target"],
    ["NQ ĐH", "target"],
    ["So với NQ\nĐH VII", "attainment"],
    ["KQTH", "result"],
    ["Ước cả năm", "result"],
    ["Mức độ đạt (%)", "attainment"],
    ["Met/Not met", "status"],
    ["Achieved/Not achieved", "status"],
    ["Đạt/Không đạt", "status"],
    // A data file's names: dotted, or words run together.
    ["YTDScaled", "result"],
    ["Target.MMR", "target"],
    ["Desired.Direction", "direction"],
    ["Success", "status"],
    ["So với chỉ tiêu Chính phủ\nđã hứa trước Quốc hội", "attainment"],
    ["So với chỉ tiêu", "attainment"],
    ["So với cùng kỳ năm trước", "compare"],
  ])("%j names %s", (text, role) => {
    expect(matchHeader(text)[0]?.role).toBe(role);
  });

  it.each([
    ["Kế hoạch (%)", "%", null],
    ["Kế hoạch 2024 (tỷ đồng)", "tỷ đồng", 2024],
    ["Chỉ tiêu\nNghị quyết\n%", "%", null],
    ["Thực hiện năm 2023", null, 2023],
    ["Kết quả thực hiện (1996-2000)", null, 2000],
    ["Thực hiện (6 tháng)", null, null],
  ])("%j has unit %j and year %j", (text, unit, year) => {
    expect(readHeader(text)).toMatchObject({ unit, year });
  });

  it.each([
    "Về công tác chuyên môn: 03 chỉ tiêu",
    "Chỉ tiêu 1: CCVC thực hiện đăng ký thi đua đầu năm",
    "Dân số trung bình",
  ])("%j names nothing", (text) => expect(matchHeader(text)).toEqual([]));

  it.each([
    ["2014 KPI", ["target", "label"]],
    ["FY2014 KPI", ["target", "label"]],
    ["KPI", ["label"]],
    ["KPI Analysis", ["label"]],
  ])('%j may name %j, as "Chỉ tiêu" does', (text, roles) => {
    expect(matchHeader(text).map((m) => m.role)).toEqual(roles);
  });

  it('gives "Forecast" to a target and a result alike (the table decides)', () => {
    const [a, b] = matchHeader("Forecast");
    expect([a?.role, b?.role].sort()).toEqual(["result", "target"]);
    expect(a?.score).toBe(b?.score);
  });
});

describe("wordsBesideNames: what a header text says beside its role names", () => {
  it.each([
    ["Target not achieved", "not"],
    ["Target met", "met"],
    ["Green", "green"],
    ["Kết quả đạt được", ""],
    ["Tỷ lệ đạt được (%)", "%"],
  ])("%j → %j", (text, rest) => expect(wordsBesideNames(text)).toBe(rest));
});

describe("readHeader: fiscal years", () => {
  it.each([
    ["FY2026\nTarget", 2026],
    ["FY 2025 Adopted", 2025],
    ["FY2024", 2024],
    ["FY22-23 YE Proj.", 2022],
    ["FY24 Budget", 2024],
    ["23/24", 2023],
    ["Target\n24/25", 2024],
    ["17/21", null],
    ["FYI", null],
  ])("%j → year %s", (text, year) => expect(readHeader(text).year).toBe(year));
});

describe("readHeader: progress to date is a result, a performance area the label", () => {
  it.each([
    ["Our progress\n(year to date)", "result"],
    ["Progress to date", "result"],
    ["YTD progress", "result"],
    ["Progress", "status"],
    ["Performance Area", "label"],
    ["Key result area", "label"],
    ["Performance", "result"],
  ])("%j → %s", (text, role) => {
    expect(readHeader(text).matches[0]?.role).toBe(role);
  });
});
