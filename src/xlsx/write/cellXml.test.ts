import { cellXml } from "./cellXml";

describe("cellXml writes what the steps say, text always as text", () => {
  it.each([
    [
      { value: '=HYPERLINK("http://example.com","click")' },
      '<c r="B2" t="inlineStr"><is><t>=HYPERLINK("http://example.com","click")</t></is></c>',
    ],
    [{ value: "+cmd|' /C calc'!A0" }, '<c r="B2" t="inlineStr"><is><t>+cmd|\' /C calc\'!A0</t></is></c>'],
    [{ value: "@SUM(1+1)" }, '<c r="B2" t="inlineStr"><is><t>@SUM(1+1)</t></is></c>'],
    [{ value: "-2+3" }, '<c r="B2" t="inlineStr"><is><t>-2+3</t></is></c>'],
    [{ value: " Trong đó:\n50%" }, '<c r="B2" t="inlineStr"><is><t xml:space="preserve"> Trong đó:\n50%</t></is></c>'],
    [{ value: "a\u0001b_x0041_<c>" }, '<c r="B2" t="inlineStr"><is><t>a_x0001_b_x005F_x0041_&lt;c&gt;</t></is></c>'],
    [{ value: 108 }, '<c r="B2"><v>108</v></c>'],
    [{ value: Number.NaN }, '<c r="B2"/>'],
    [{ value: Number.POSITIVE_INFINITY }, '<c r="B2"/>'],
    [{ value: "" }, '<c r="B2"/>'],
    [{ value: true }, '<c r="B2" t="b"><v>1</v></c>'],
    [{ value: 108, formula: "ROUND(100+(D2-C2),0)" }, '<c r="B2"><f>ROUND(100+(D2-C2),0)</f><v>108</v></c>'],
    [
      { value: "Vượt", formula: 'IF(D2>C2,"Vượt","Đạt")' },
      '<c r="B2" t="str"><f>IF(D2&gt;C2,"Vượt","Đạt")</f><v>Vượt</v></c>',
    ],
    [{ value: null, formula: "A1" }, '<c r="B2"><f>A1</f></c>'],
  ])("%j", (cell, xml) => {
    expect(cellXml("", "B2", 0, cell)).toBe(xml);
  });

  it("writes the style index and a shared formula's master and member", () => {
    expect(cellXml("x:", "E5", 9, { value: 100, formula: "D5-C5" }, { si: 0, ref: "E5:E9" })).toBe(
      '<x:c r="E5" s="9"><x:f t="shared" ref="E5:E9" si="0">D5-C5</x:f><x:v>100</x:v></x:c>',
    );
    expect(cellXml("", "E6", 9, { value: 100, formula: "D6-C6" }, { si: 0 })).toBe(
      '<c r="E6" s="9"><f t="shared" si="0"/><v>100</v></c>',
    );
  });
});
