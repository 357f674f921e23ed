import { foldText, toNFC } from "./foldText";

describe("foldText and toNFC", () => {
  it.each([
    ["Tỷ lệ\nđạt được  (%)", "ty le dat duoc (%)"],
    ["Tỷ lệ".normalize("NFD"), "ty le"],
    ["  KẾ HOẠCH ", "ke hoach"],
  ])("folds %j to %j", (text, folded) => expect(foldText(text)).toBe(folded));

  it.each([
    ["Tỷ lệ hộ nghèo".normalize("NFD"), "Tỷ lệ hộ nghèo"],
    ["Kế hoạch – 2024 ≥ 90", "Kế hoạch – 2024 ≥ 90"],
    ["A\u030a", "Å"],
    ["\u212b", "Å"],
  ])("normalises %j to NFC", (text, nfc) => expect(toNFC(text)).toBe(nfc));

  it("skips only characters that NFC leaves alone", () => {
    const changed: string[] = [];
    for (const [from, to] of [
      [0, 0x2ff],
      [0x1e00, 0x1eff],
    ]) {
      for (let c = from!; c <= to!; c++) {
        const ch = String.fromCharCode(c);
        if (ch.normalize("NFC") !== ch || `a${ch}`.normalize("NFC") !== `a${ch}`) changed.push(c.toString(16));
      }
    }
    expect(changed).toEqual([]);
  });
});
