import { timeTargetBesideShare } from "./readTargetUnit";

describe("timeTargetBesideShare: a target of a time beside a result that is a share", () => {
  it.each([
    ["At least 4 business days written notice", "0%", 0.96, "business days"],
    ["48 hours", null, "97%", "hours"],
    ["Trong 15 ngày làm việc", "0.0%", 0.9, "ngày làm việc"],
    ["85% within 30 seconds", "0%", 0.9, null],
    ["At least 4 business days written notice", "General", 3, null],
    ["20", "0%", 0.9, null],
    ["4 daysx", "0%", 0.9, null],
  ])("%j beside %j %j → %j", (target, format, result, unit) => {
    expect(timeTargetBesideShare(target, format, result)).toBe(unit);
  });
});
