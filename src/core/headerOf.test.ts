import { headerOf } from "./headerOf";

describe("headerOf", () => {
  const table = { headers: [{ col: 2, text: "Chỉ tiêu Nghị quyết %" }] } as Parameters<typeof headerOf>[0];
  it.each([
    [2, "Chỉ tiêu Nghị quyết %"],
    [3, ""],
    [undefined, ""],
  ])("column %s → %j", (col, text) => expect(headerOf(table, col)).toBe(text));
});
