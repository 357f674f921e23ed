import { lowerUnit, sharedNames } from "./sharedNames";

describe("sharedNames", () => {
  const names = ["Số hộ nghèo", "số hộ nghèo", "Tỷ lệ hộ nghèo", "Thu ngân sách", "THU NGÂN SÁCH", "Chi thường xuyên"];
  const shared = sharedNames(names.length, (i) => names[i]!);

  it.each([
    ["SỐ HỘ NGHÈO", true],
    ["Số hộ nghèo", true],
    ["thu ngân sách", true],
    ["Tỷ lệ hộ nghèo", false],
    ["Chi thường xuyên", false],
    ["Không có trong bảng", false],
  ])("%s is used more than once: %s", (name, expected) => {
    expect(shared(name)).toBe(expected);
  });

  it("counts a long table's names exactly, one text comparison pass at most", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `Chỉ tiêu số ${i % 19_999}`);
    let reads = 0;
    const ask = sharedNames(many.length, (i) => (reads++, many[i]!));
    expect(ask("chỉ tiêu số 0")).toBe(true);
    expect(ask("Chỉ tiêu số 1")).toBe(false);
    expect(ask("Chỉ tiêu số 19998")).toBe(false);
    expect(reads).toBeLessThanOrEqual(2 * many.length);
  });

  it("lowers every unit it lowers on its own as toLowerCase does", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const lower = lowerUnit(c);
      if (lower >= 0 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(lower)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    [["ĐẠT CHUẨN Ω", "đạt chuẩn ω"], "Đạt chuẩn Ω", true],
    [["\u212a", "k"], "K", true],
    // A final sigma lowers by its place ("ΟΔΟΣ" → "οδος"), not as "σ".
    [["ΟΔΟΣ", "οδος"], "οδος", true],
    [["ΟΔΟΣ", "οδος"], "οδοσ", false],
    [["ΟΔΟΣ", "οδοσ"], "ΟΔΟΣ", false],
    [["Mức Ư", "mức ư", "MỨC Ư"], "mức ư", true],
  ])("names %j: %s is used more than once: %s", (names, name, expected) => {
    expect(sharedNames(names.length, (i) => names[i]!)(name)).toBe(expected);
  });

  it("answers no for an empty list", () => {
    expect(sharedNames(0, () => "")("A")).toBe(false);
  });
});
