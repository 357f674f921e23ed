import { readExcessNote, readLabelStandard, readStatedStandard, readTimeLimitShare } from "./readLabelStandard";

describe("readLabelStandard: a bound the label states with its figure", () => {
  it.each([
    ["own source revenue to remain at or below 8.5% as a proportion of nominal gross state product", 8.5, "lower"],
    ["Sickness absence no more than 8 days per employee", 8, "lower"],
    ["Spending not to exceed 102% of budget", 102, "lower"],
    ["Satisfaction at least 85%", 85, "higher"],
    ["Tỷ lệ bội chi không quá 3%", 3, "lower"],
    ["Tỷ lệ trẻ em được tiêm chủng tối thiểu 95%", 95, "higher"],
    ["Tỷ lệ hộ nghèo không dưới 1,5%", 1.5, "higher"],
    ["The national average practical car test waiting time will be no more than six weeks", 6, "lower"],
    ["Improve business customer satisfaction, including ADIs, to above the baseline 65%", 65, "higher"],
    ["Raise satisfaction from a baseline of 65% to at least 70%", 70, "higher"],
    ["Complaints answered in under two weeks", 2, "lower"],
    // A word that only begins like a number is none ("tenants", "one-off" stays a hyphenated word).
    ["Rents no more than tenants can pay", null, null],
    ["Stakeholder and customer satisfaction with outputs", null, null],
    ["Tỷ lệ lao động qua đào tạo", null, null],
  ])("%j → %s %s", (label, value, direction) => {
    const v = readLabelStandard(label);
    expect(v && v.kind === "number" ? [v.value, v.direction] : [null, null]).toEqual([value, direction]);
  });
});

describe("readTimeLimitShare: a time limit the label names, as the target of a share", () => {
  it.each([
    ["To reply to complaints within 7 working days", "7 working days", "0.0%", 100],
    ["% of full plans applications dealt with within 8 weeks", "8 weeks", "0%", 100],
    ["Tỷ lệ hồ sơ giải quyết trong vòng 15 ngày", "15 ngày", "0%", 100],
    ["To reply to complaints within 7 working days", "7 working days", null, null],
    ["To reply to complaints within 10 working days", "7 working days", "0%", null],
    ["Average number of days taken for an invoice to be paid", "14 days", "0.0%", null],
  ])("%j, target %j, result format %j → %s", (label, target, format, value) => {
    const v = readTimeLimitShare(label, target, format);
    expect(v && v.kind === "number" ? v.value : null).toBe(value);
  });
});

describe("readExcessNote: the excess over the target a comment states in units", () => {
  it.each([
    ["vượt 333 hộ so với chỉ tiêu tỉnh giao", 333],
    ["Vượt 1.250 tỷ đồng so với kế hoạch", 1250],
    ["vượt 5% so với kế hoạch", null],
    ["tăng 12 hộ so với năm 2023", null],
    ["", null],
  ])("%j → %s", (notes, value) => expect(readExcessNote(notes)).toBe(value));
});

describe("readStatedStandard: the standard ending a label, for a line with no target typed", () => {
  it.each([
    ["The national average practical car test waiting time will be no more than six weeks", false, 6, "lower"],
    ["Improve business customer satisfaction, including ADIs, to above the baseline 65%", true, 65, "higher"],
    ["Tỷ lệ trẻ em được tiêm chủng tối thiểu 95%.", true, 95, "higher"],
    // A bound before what is counted, or of another kind than the result: what the line counts, no standard.
    ['Students Scoring "3" or Higher on at Least One AP Exam', true, null, null],
    ["Người từ 18 tuổi trở lên đã tiêm ít nhất 01 mũi", true, null, null],
    ["Hộ gia đình có ít nhất 1 phụ nữ tham gia sinh hoạt hội", true, null, null],
    ["Improve business customer satisfaction to above the baseline 65%", false, null, null],
    ["Tỷ lệ lao động qua đào tạo", true, null, null],
  ])("%j (share %s) → %s %s", (label, share, value, direction) => {
    const v = readStatedStandard(label, share);
    expect(v && v.kind === "number" ? [v.value, v.direction] : [null, null]).toEqual([value, direction]);
  });
});
