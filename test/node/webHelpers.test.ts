import { DEFAULT_SETTINGS } from "../../src/core";
import { outputFileName } from "../../src/web/outputFileName";
import { loadWebSettings, saveWebSettings } from "../../src/web/webSettings";
import { t, UI_STRINGS } from "../../src/ui/i18n/translate";

describe("outputFileName", () => {
  it.each([
    ["bao-cao-thi-dua-2021.xlsx", "bao-cao-thi-dua-2021.attainment.xlsx"],
    ["Báo cáo.XLSX", "Báo cáo.attainment.xlsx"],
    ["so-lieu.xlsm", "so-lieu.attainment.xlsx"],
    ["khong-duoi", "khong-duoi.attainment.xlsx"],
    [".xlsx", "workbook.attainment.xlsx"],
    ["Ba\u0301o ca\u0301o.xlsx", "Báo cáo.attainment.xlsx"],
  ])("%s → %s", (input, expected) => {
    expect(outputFileName(input)).toBe(expected);
    expect(outputFileName(input)).toBe(expected.normalize("NFC"));
  });
});

describe("web settings", () => {
  const storage = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      items,
    };
  };

  it("returns null when nothing or garbage was saved", () => {
    const s = storage();
    expect(loadWebSettings(s, "a.xlsx")).toBeNull();
    expect(loadWebSettings(null, "a.xlsx")).toBeNull();
    s.setItem("attainment.web.settings", "{not json");
    expect(loadWebSettings(s, "a.xlsx")).toBeNull();
  });

  it("repairs what it reads through parseSettings", () => {
    const s = storage();
    s.setItem(
      "attainment.web.settings",
      JSON.stringify({ file: "a.xlsx", settings: { decimals: 99, method: "ratio" } }),
    );
    expect(loadWebSettings(s, "a.xlsx")).toEqual({ ...DEFAULT_SETTINGS, method: "ratio" });
  });

  it("says whether the browser kept them", () => {
    expect(saveWebSettings(storage(), "a.xlsx", DEFAULT_SETTINGS)).toBe(true);
    expect(saveWebSettings(null, "a.xlsx", DEFAULT_SETTINGS)).toBe(false);
  });
});

describe("page strings", () => {
  it("fills parameters in both languages", () => {
    expect(t("vi", "currentFile", { name: "a.xlsx" })).toBe("Tệp đang mở: a.xlsx");
    expect(t("en", "currentFile", { name: "a.xlsx" })).toBe("Open file: a.xlsx");
  });

  it.each([
    [1, "Show 1 more indicator", "Hiện thêm 1 chỉ tiêu"],
    [3, "Show 3 more indicators", "Hiện thêm 3 chỉ tiêu"],
  ])("says one and several in English by the count (%s)", (count, en, vi) => {
    expect(t("en", "listMore", { count })).toBe(en);
    expect(t("vi", "listMore", { count })).toBe(vi);
  });

  it.each(["vi", "en"] as const)("has every %s string in Unicode NFC", (lang) => {
    for (const text of Object.values(UI_STRINGS[lang])) expect(text).toBe(text.normalize("NFC"));
  });
});
