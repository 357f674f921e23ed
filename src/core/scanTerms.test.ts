import { foldText } from "./foldText";
import { scanTerms } from "./scanTerms";

const TERMS = ["ho ngheo", "tu vong", "giam", "so voi", "cpi", "time taken", "dat"];
const scan = scanTerms(TERMS);
/** The slow reading it must agree with: the folded words, padded, holding " term ". */
const slow = (text: string) => {
  const words = ` ${foldText(text)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim()} `;
  return TERMS.some((t) => words.includes(` ${t} `));
};

describe("scanTerms: whole-word terms, folded on the fly", () => {
  it.each([
    ["Tỷ lệ hộ nghèo (%)", true],
    ["Tỷ lệ hộ nghèo".normalize("NFD"), true],
    ["TỶ LỆ HỘ   NGHÈO", true],
    ["hộ-nghèo", true],
    ["Tỷ lệ hộ nghèo:", true],
    ["hộ nghèoxyz", false],
    ["Số hộ", false],
    ["Tử vong trước 24h", true],
    ["Tốc độ tăng CPI", true],
    ["Time taken to process", true],
    ["Đạt chuẩn", true],
    ["Chỉ tiêu số 12", false],
    ["- Chỉ tiêu số 123", false],
    ["giảm2", false],
    ["", false],
    ["Kết quả đạt được", true],
    ["Ứng dụng CNTT", false],
  ])("%j → %s, as the folded words say", (text, expected) => {
    expect(scan(text)).toBe(expected);
    expect(slow(text)).toBe(expected);
  });

  it("refuses a term that is not folded words", () => {
    expect(() => scanTerms(["hộ nghèo"])).toThrow('Not a folded term: "hộ nghèo"');
  });

  it("folds every character of the basic plane to one symbol at most, as foldText does", () => {
    const several: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const folded = foldText(String.fromCharCode(c)).replace(/[^a-z0-9%]/g, "");
      if (folded.length > 1) several.push(c.toString(16));
    }
    expect(several).toEqual([]);
  });
});
