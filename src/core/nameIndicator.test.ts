import { maySubLead, ownName } from "./nameIndicator";

const SUB_LEAD = /^[-–+•*\s]*(trong\s+(đó|do)|tr\.\s*(đó|do)|in which|of which)/iu;

describe("ownName", () => {
  it("never rules out a sub-line lead the expression would find, whatever the first character", () => {
    const missed: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [
        `${ch}rong đó: x`,
        `- ${ch}rong do`,
        `${ch}n which`,
        `${ch}f which`,
        `${ch}r. đó`,
        `${ch} Trong đó`,
      ])
        if (SUB_LEAD.test(text) && !maySubLead(text)) missed.push(`${c.toString(16)} in ${JSON.stringify(text)}`);
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ["- Trong đó: có 50% cá nhân", "50% cá nhân"],
    ["+ TRONG ĐÓ: Đạt loại xuất sắc", "Đạt loại xuất sắc"],
    ["Of which: women", "Women"],
    ["- Chỉ tiêu số 12", "Chỉ tiêu số 12"],
    ["Tổng  thu\u00a0ngân sách:", "Tổng thu ngân sách"],
    ["1.2. tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo"],
  ])("ownName(%j) → %j", (label, name) => expect(ownName(label)).toBe(name));
});
