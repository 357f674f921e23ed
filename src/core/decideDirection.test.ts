import { groupsByOutcome } from "./decideDirection";

describe("groupsByOutcome: a heading grouping lines by how they did passes no direction down", () => {
  it.each([
    ["Q1 2020/21 Targets that were missed by more than 10%", true],
    ["Targets not achieved", true],
    ["Các chỉ tiêu không đạt kế hoạch", true],
    ["KPIs on track", true],
    ["Giảm nghèo", false],
    ["Missed bin collections", false],
    ["A Thriving Place", false],
  ])("%j → %s", (heading, expected) => expect(groupsByOutcome(heading)).toBe(expected));
});
