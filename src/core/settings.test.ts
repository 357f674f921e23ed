import { DEFAULT_SETTINGS, parseSettings } from "./settings";

describe("parseSettings: the engine's choices", () => {
  it.each([
    [{}, { decimals: "auto", table: 0, directions: {} }],
    [{ decimals: 2 }, { decimals: 2 }],
    [{ decimals: "auto" }, { decimals: "auto" }],
    [{ decimals: 9 }, { decimals: "auto" }],
    [{ table: 2 }, { table: 2 }],
    [{ table: -1 }, { table: 0 }],
    [{ directions: { "12": "lower", "15": "higher" } }, { directions: { 12: "lower", 15: "higher" } }],
    [{ directions: { "0": "lower", x: "lower", "3": "up" } }, { directions: {} }],
    [{ mapping: { unit: 2, status: 6 } }, { mapping: { unit: 2, status: 6 } }],
    [{}, { appendixCaption: "" }],
    [
      { appendixCaption: "Phụ lục\n(Kèm theo Báo cáo số 12)" },
      { appendixCaption: "Phụ lục\n(Kèm theo Báo cáo số 12)" },
    ],
    [{ appendixCaption: 7 }, { appendixCaption: "" }],
    [{ appendixCaption: "a\nb\nc\nd\ne" }, { appendixCaption: "a\nb\nc\nd" }],
  ])("%j", (raw, expected) => {
    expect(parseSettings(raw)).toMatchObject(expected);
  });

  it("defaults to automatic decimals", () => expect(DEFAULT_SETTINGS.decimals).toBe("auto"));
});
