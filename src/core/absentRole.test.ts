import { absentRole } from "./absentRole";

describe("absentRole: the value role a table does not have", () => {
  it.each([
    ["results and rates only", { noTarget: true as const }, "target"],
    ["a plan of targets only", { noResult: true as const }, "result"],
    ["targets and results", {}, null],
  ])("%s → %s", (_what, table, role) => {
    expect(absentRole(table)).toBe(role);
  });
});
