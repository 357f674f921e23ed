import { alignChange, numberConvention, parseNumberText, parseValue, readInUnit, readScaledPair } from "./parseValue";

describe("parseNumberText", () => {
  it.each([
    ["95", 95],
    ["95%", 95],
    ["97,5", 97.5],
    ["1.234", 1234],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["12.500.000", 12500000],
    ["6.6", 6.6],
    ["0,95", 0.95],
    ["-3", -3],
    ["1 234", 1234],
    ["abc", null],
    ["1.2.3,4,5", null],
  ])("%s -> %s", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
});

describe("parseValue", () => {
  it.each([
    [95, null, { kind: "number", value: 95 }],
    [0.95, "0%", { kind: "number", value: 95 }],
    [0.975, "0.0%", { kind: "number", value: 97.5 }],
    ["95%", null, { kind: "number", value: 95 }],
    ["97,5", null, { kind: "number", value: 97.5 }],
    ["≥ 90", null, { kind: "number", value: 90, direction: "higher" }],
    ["100%+ of Rent Due for the Year", null, { kind: "number", value: 100, direction: "higher" }],
    [
      "92% of Survey Responses (Responses: 40%+ of Jobs Done)",
      null,
      { kind: "number", value: 92, note: "unusualForm" },
    ],
    ["(180)", null, { kind: "number", value: -180 }],
    ["(1 078)", null, { kind: "number", value: -1078 }],
    ["1:12", null, { kind: "number", value: 12, note: "unusualForm" }],
    ["%5", null, { kind: "number", value: 5, note: "unusualForm" }],
    ["162.3% (TARGET)", null, { kind: "number", value: 162.3 }],
    ["149.0% \nN = 651\nD = 437", null, { kind: "number", value: 149 }],
    ["3.15\nN = 2,048\nD = 651", null, { kind: "number", value: 3.15 }],
    ["2:3", null, { kind: "text", text: "2:3" }],
    [">= 90", null, { kind: "number", value: 90, direction: "higher" }],
    ["Ít nhất 50%", null, { kind: "number", value: 50, direction: "higher" }],
    ["≤ 5", null, { kind: "number", value: 5, direction: "lower" }],
    ["<= 5", null, { kind: "number", value: 5, direction: "lower" }],
    ["không quá 5", null, { kind: "number", value: 5, direction: "lower" }],
    ["Not to exceed 39 cases per year", null, { kind: "number", value: 39, direction: "lower" }],
    ["5% by March 2024", null, { kind: "number", value: 5 }],
    ["45% within 90 days", null, { kind: "number", value: 45 }],
    ["85% within 30 seconds", null, { kind: "number", value: 85 }],
    ["95% within 5 business days", null, { kind: "number", value: 95 }],
    ["0% within 90 days (high)", null, { kind: "number", value: 0 }],
    ["95% trong vòng 4 giờ", null, { kind: "number", value: 95 }],
    ["95 within 4 hours", null, { kind: "text", text: "95 within 4 hours" }],
    ["74, 19", null, { kind: "number", value: 74.19, note: "unusualForm" }],
    ["95% đến năm 2025", null, { kind: "number", value: 95 }],
    ["Tối đa 5", null, { kind: "number", value: 5, direction: "lower" }],
    ["dưới 5", null, { kind: "number", value: 5, direction: "lower", strict: true }],
    ["6,6–6,8", null, { kind: "range", low: 6.6, high: 6.8 }],
    ["33 - 34", null, { kind: "range", low: 33, high: 34 }],
    ["Đạt", null, { kind: "qualitative", achieved: true, text: "Đạt" }],
    ["Hoàn thành", null, { kind: "qualitative", achieved: true, text: "Hoàn thành" }],
    ["Achieved", null, { kind: "qualitative", achieved: true, text: "Achieved" }],
    ["Không đạt", null, { kind: "qualitative", achieved: false, text: "Không đạt" }],
    ["Chưa đạt", null, { kind: "qualitative", achieved: false, text: "Chưa đạt" }],
    ["Thumbs up", null, { kind: "qualitative", achieved: true, text: "Thumbs up" }],
    ["Thumbs down", null, { kind: "qualitative", achieved: false, text: "Thumbs down" }],
    ["Chưa hoàn thành", null, { kind: "qualitative", achieved: false, text: "Chưa hoàn thành" }],
    ["Not achieved", null, { kind: "qualitative", achieved: false, text: "Not achieved" }],
    ["Đạt loại xuất sắc", null, { kind: "qualitative", achieved: true, text: "Đạt loại xuất sắc" }],
    ["Không đạt yêu cầu", null, { kind: "qualitative", achieved: false, text: "Không đạt yêu cầu" }],
    ["Hoàn thành tốt", null, { kind: "qualitative", achieved: true, text: "Hoàn thành tốt" }],
    ["Vượt kế hoạch", null, { kind: "qualitative", achieved: true, exceeded: true, text: "Vượt kế hoạch" }],
    ["Đạtxyz", null, { kind: "text", text: "Đạtxyz" }],
    [null, null, { kind: "blank" }],
    ["  ", null, { kind: "blank" }],
    ["#DIV/0!", null, { kind: "error", text: "#DIV/0!" }],
    ["#N/A", null, { kind: "error", text: "#N/A" }],
    ["N/A", null, { kind: "text", text: "N/A" }],
    ["Cờ thi đua", null, { kind: "text", text: "Cờ thi đua" }],
  ])("%j (format %s)", (cell, format, expected) => {
    expect(parseValue(cell, format)).toEqual(expected);
  });

  it("reads NFD text like NFC", () => {
    expect(parseValue("Không đạt".normalize("NFD"))).toMatchObject({ kind: "qualitative", achieved: false });
    expect(parseValue("không quá 5".normalize("NFD"))).toEqual({ kind: "number", value: 5, direction: "lower" });
  });
});

describe("alignChange: a fall written on one side only", () => {
  it.each([
    ["Giảm 2", "2,5", [-2, -2.5]],
    ["2", "Giảm 2,5", [-2, -2.5]],
    ["Tăng 7", "7,2", [7, 7.2]],
    ["Giảm 2", "Giảm 2,5", [-2, -2.5]],
  ])("%j against %j reads as %j", (target, result, values) => {
    const pair = alignChange(parseValue(target), parseValue(result));
    expect(pair.map((v) => (v.kind === "number" ? v.value : null))).toEqual(values);
  });
});

describe("parseValue: approximate values, bounds, footnote marks, number conventions", () => {
  it.each([
    ["khoảng 4", { kind: "number", value: 4, note: "approximate" }],
    ["~4", { kind: "number", value: 4, note: "approximate" }],
    ["xấp xỉ 4", { kind: "number", value: 4, note: "approximate" }],
    ["about 4", { kind: "number", value: 4, note: "approximate" }],
    ["trên 4", { kind: "number", value: 4, direction: "higher", strict: true }],
    ["hơn 4", { kind: "number", value: 4, direction: "higher", strict: true }],
    ["> 4", { kind: "number", value: 4, direction: "higher", strict: true }],
    ["ít nhất 90", { kind: "number", value: 90, direction: "higher" }],
    ["tối thiểu 90", { kind: "number", value: 90, direction: "higher" }],
    ["không dưới 90", { kind: "number", value: 90, direction: "higher" }],
    ["< 7,6", { kind: "number", value: 7.6, direction: "lower", strict: true }],
    ["<10,4", { kind: "number", value: 10.4, direction: "lower", strict: true }],
    ["<= 7,6", { kind: "number", value: 7.6, direction: "lower" }],
    ["above 90", { kind: "number", value: 90, direction: "higher", strict: true }],
    ["at least 90", { kind: "number", value: 90, direction: "higher" }],
    ["46*", { kind: "number", value: 46, note: "footnote" }],
    ["46(*)", { kind: "number", value: 46, note: "footnote" }],
    ["2.24#", { kind: "number", value: 2.24, note: "footnote" }],
    ["1.40#1/", { kind: "number", value: 1.4, note: "footnote" }],
    [".45", { kind: "number", value: 0.45 }],
    [".45ix", { kind: "number", value: 0.45 }],
    ["(M) 85%", { kind: "number", value: 85, note: "footnote" }],
    ["(D) $43.32", { kind: "number", value: 43.32, note: "footnote" }],
    ["*2.7", { kind: "number", value: 2.7, note: "footnote" }],
    ["**4", { kind: "number", value: 4, note: "footnote" }],
    ["***26.6", { kind: "number", value: 26.6, note: "footnote" }],
    ["* 12%", { kind: "number", value: 12, note: "footnote" }],
    ["****5", { kind: "text", text: "****5" }],
    ["06:00 mins", { kind: "number", value: 6, note: "unusualForm" }],
    ["03:30", { kind: "number", value: 3.5, note: "unusualForm" }],
    ["12,5 (1)", { kind: "number", value: 12.5, note: "footnote" }],
    ["18,37[2]", { kind: "number", value: 18.37, note: "footnote" }],
    ["61–62", { kind: "range", low: 61, high: 62 }],
    ["1.543.818", { kind: "number", value: 1543818 }],
    ["1,543,818", { kind: "number", value: 1543818 }],
    ["1.234", { kind: "number", value: 1234, note: "ambiguousSeparator" }],
    ["1,234", { kind: "number", value: 1.234, note: "ambiguousSeparator" }],
    ["Giảm 2,5-3", { kind: "range", low: -3, high: -2.5, direction: "lower", note: "change" }],
    ["Giảm 6,55", { kind: "number", value: -6.55, direction: "lower", note: "change" }],
    ["Tăng 12", { kind: "number", value: 12, note: "change" }],
    ["Giảm còn 4", { kind: "number", value: 4, direction: "lower", note: "level" }],
    ["giảm xuống còn 4,5%", { kind: "number", value: 4.5, direction: "lower", note: "level" }],
    ["đạt 95%", { kind: "number", value: 95, note: "level" }],
    ["24.020 người", { kind: "number", value: 24020, note: "ambiguousSeparator" }],
    ["45.799 tỷ đồng", { kind: "number", value: 45799, note: "ambiguousSeparator" }],
    ["83,2% tổng số xã", { kind: "number", value: 83.2 }],
    ["5 trở lên", { kind: "number", value: 5, direction: "higher" }],
    ["$35.00 or less", { kind: "number", value: 35, direction: "lower" }],
    ["40 or more", { kind: "number", value: 40, direction: "higher" }],
    ["246 nghìn", { kind: "text", text: "246 nghìn" }],
    ["trên 246 nghìn", { kind: "text", text: "trên 246 nghìn" }],
    ["Đạt TSVM", { kind: "qualitative", achieved: true, text: "Đạt TSVM" }],
    ["Từ 90% trở lên", { kind: "number", value: 90, direction: "higher" }],
    ["từ 90 đến 95", { kind: "range", low: 90, high: 95 }],
    ["Giảm còn dưới 2%", { kind: "number", value: 2, direction: "lower", strict: true, note: "level" }],
    ["Đạt trên 90%", { kind: "number", value: 90, direction: "higher", strict: true, note: "level" }],
    ["Giảm còn trên 2%", { kind: "text", text: "Giảm còn trên 2%" }],
    ["7%/năm", { kind: "number", value: 7 }],
    ["bình quân 7%/năm", { kind: "number", value: 7, note: "level" }],
    ["Tăng trưởng bình quân 7%/năm", { kind: "number", value: 7, note: "level" }],
    ["Tăng bình quân 7%/năm", { kind: "number", value: 7, note: "change" }],
    ["$3,400", { kind: "number", value: 3400 }],
    ["£12.50", { kind: "number", value: 12.5 }],
    ["£1.2m", { kind: "text", text: "£1.2m" }],
    ["Đạt một phần", { kind: "qualitative", achieved: false, text: "Đạt một phần" }],
    ["Hoàn thành 100%", { kind: "number", value: 100, note: "level" }],
    ["hoàn thành 3 công trình", { kind: "number", value: 3, note: "level" }],
    ["Từ 3-5 xã", { kind: "range", low: 3, high: 5 }],
    ["3 - 5 nghìn", { kind: "text", text: "3 - 5 nghìn" }],
    ["95,5 (ước)", { kind: "number", value: 95.5, note: "approximate" }],
    ["97.2% (est.)", { kind: "number", value: 97.2, note: "approximate" }],
    ["Partially achieved", { kind: "qualitative", achieved: false, text: "Partially achieved" }],
    [
      "Partial achievement. The roadmap",
      { kind: "qualitative", achieved: false, text: "Partial achievement. The roadmap" },
    ],
    ["Not delivered by the DTO", { kind: "qualitative", achieved: false, text: "Not delivered by the DTO" }],
  ])("%j", (cell, expected) => {
    expect(parseValue(cell)).toEqual(expected);
  });

  it.each([
    ["1,234", "en", 1234],
    ["1,234", "vi", 1.234],
    ["1.234", "en", 1.234],
    ["1.234", "vi", 1234],
    ["£1,234", "vi", 1234],
    ["$1.234", "vi", 1.234],
  ] as const)("%j in a %s column is %d, read without doubt", (cell, convention, value) => {
    expect(parseValue(cell, null, convention)).toEqual({ kind: "number", value });
  });

  it.each([
    [["12,5", "1.234"], "vi"],
    [["1.543.818", "3"], "vi"],
    [["1,543,818", "1,234"], "en"],
    [["12.5", "1,234"], "en"],
    [["1.234", "1,234"], null],
    [["12,5", "12.5"], null],
    [["100,000 to 120,000", "33"], "en"],
    [["100,000 đến 120,000"], null],
  ] as const)("a column of %j follows the %s convention", (texts, convention) => {
    expect(numberConvention(texts)).toBe(convention);
  });
});

describe("readInUnit: a bare multiplier that repeats the line's unit", () => {
  it.each([
    ["136 tỷ", "Tỷ đồng", 136],
    ["2,5 triệu", "Triệu đồng", 2.5],
    ["12 nghìn", "Nghìn người", 12],
    ["246 nghìn", "người", null],
    ["136 tỷ", "Triệu đồng", null],
    ["136 người", "người", null],
    ["trên 136 tỷ", "Tỷ đồng", null],
  ])("%j in %j → %s", (text, unit, value) => {
    const v = readInUnit(text, unit);
    expect(v === null ? null : v.kind === "number" ? v.value : v).toBe(value);
  });
});

describe("readScaledPair: a multiplier on both sides tells each side's scale", () => {
  it.each([
    ["1M", "1.6M", [1e6, 1.6e6]],
    ["950K", "1.2 million", [950e3, 1.2e6]],
    ["800 triệu", "1,5 tỷ", [800e6, 1.5e9]],
    ["$2.5M", "$3M", [2.5e6, 3e6]],
    ["12 nghìn", "12,4 nghìn", [12e3, 12.4e3]],
    ["2M", ".7M", [2e6, 0.7e6]],
    ["1M", "1600000", null],
    ["1M", "trên 1,6M", null],
    ["1M", "1.6 người", null],
  ] as const)("%j against %j → %j", (target, result, values) => {
    const pair = readScaledPair(target, result);
    expect(pair === null ? null : pair.map((v) => (v.kind === "number" ? v.value : v))).toEqual(values);
  });
});
