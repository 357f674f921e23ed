import { describeWarnings, groupWarnings } from "./messages";
import type { Warning } from "./types";

const blank = (address: string, what = "target"): Warning => ({
  code: "blankValue",
  address,
  row: 0,
  params: { what },
});

describe("describeWarnings: the warnings a person reads, one line for what is said of several cells", () => {
  it("joins cells with the same words, a run down one column as a range, in the order first met", () => {
    const warnings: Warning[] = [
      blank("D6"),
      { code: "approximateValue", address: "E6", row: 5, params: { text: "gần 10", scored: 1 } },
      blank("D7"),
      blank("D8"),
      blank("E9", "result"),
      blank("D10"),
      blank("D12"),
      blank("D13"),
      { code: "discrepancy", address: null, row: 13, params: { row: 14, reported: 42.85, computed: 42.86 } },
    ];
    expect(describeWarnings(warnings, "vi")).toEqual([
      "D6:D8, D10, D12:D13: ô chỉ tiêu để trống, chỉ tiêu này chưa được đánh giá.",
      'E6: "gần 10" là giá trị ước chừng, đã tính theo số ghi trong ô.',
      "E9: ô kết quả để trống, chỉ tiêu này chưa được đánh giá.",
      "Dòng 14: báo cáo 42,85, tính được 42,86.",
    ]);
    expect(describeWarnings(warnings, "en")[0]).toBe(
      "D6:D8, D10, D12:D13: the target cell is blank, so this indicator is not evaluated.",
    );
    // The line goes to its first cell.
    expect(groupWarnings(warnings, "vi").map((l) => l.first.address)).toEqual(["D6", "E6", "E9", null]);
  });

  it('keeps a warning about several cells at once ("D4,E4") and one without an address whole', () => {
    const w: Warning = { code: "mergedAttainmentCell", address: "D4,E4", row: 3, params: {} };
    expect(describeWarnings([w, w], "en")).toHaveLength(2);
  });
});

describe("describeWarning: a line judged by its printed share", () => {
  const share = (reported: number | string, unit: string): Warning => ({
    code: "judgedByShare",
    address: "F6",
    row: 5,
    params: { row: 6, reported, status: "exceeded", unit },
  });
  it.each([
    [share(102.01, "%"), "vi", "chỉ ghi tỷ lệ 102,01 % so với kế hoạch"],
    [share(100, "%"), "vi", "chỉ ghi tỷ lệ 100 % so với kế hoạch"],
    [share("trên 100", ""), "vi", "chỉ ghi tỷ lệ trên 100 so với kế hoạch"],
    [share(102.01, "%"), "en", "only the share 102.01 % of the plan"],
  ] as const)("%# %s", (warning, lang, words) => {
    expect(describeWarnings([warning], lang)[0]).toContain(words);
  });
});
