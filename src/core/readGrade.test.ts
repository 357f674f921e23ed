import { readGrade } from "./readGrade";

describe("readGrade: a grade in the status column, not a verdict on the target", () => {
  it.each([
    ["Good", true],
    ["Very good", true],
    ["Tốt", true],
    ["Khá", true],
    ["Insufficient", false],
    ["Yếu", false],
    ["Đạt", null],
    ["Not achieved", null],
    ["Good progress on the new depot", null],
    [null, null],
  ])("%j → %s", (text, praise) => expect(readGrade(text)).toBe(praise));
});
