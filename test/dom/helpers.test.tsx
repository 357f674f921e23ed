import { computeWorkbook, DEFAULT_SETTINGS, type Analysis } from "../../src/core";
import { t } from "../../src/ui";
import { en } from "../../src/ui/i18n/en";
import { vi } from "../../src/ui/i18n/vi";
import { describeMethodReason, readDecimals } from "../../src/ui/OptionsPanel/useOptionsPanel";
import { textOn } from "../../src/ui/statusColors";
import { restoreSettings } from "../../src/ui/Workbench/restoreSettings";
import type { WorkbookOverview } from "../../src/port";
import { workbook } from "./fixture";

describe("i18n", () => {
  it("has the same keys in both languages, each string NFC and non-empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const text of [...Object.values(vi), ...Object.values(en)]) {
      expect(text.trim()).not.toBe("");
      expect(text).toBe(text.normalize("NFC"));
    }
  });

  it("fills parameters and leaves unknown ones", () => {
    expect(t("vi", "goToCell", { address: "E21" })).toBe("Đến ô E21");
    expect(t("en", "goToCell")).toBe("Go to cell {address}");
  });
});

describe("readDecimals", () => {
  it.each([
    [{ value: 2 }, 2],
    [{ value: 7 }, 4],
    [{ value: -1 }, 0],
    [{ value: undefined, displayValue: " 3 " }, 3],
    [{ value: undefined, displayValue: "1.6" }, 2],
    [{ value: undefined, displayValue: "abc" }, null],
    [{ value: null }, null],
  ])("reads %j as %j", (data, expected) => {
    expect(readDecimals(data)).toBe(expected);
  });
});

describe("textOn", () => {
  it.each([
    ["#C6EFCE", "#000000"],
    ["#FFC7CE", "#000000"],
    ["#EDEDED", "#000000"],
    ["#1F4E79", "#FFFFFF"],
    ["#C00000", "#FFFFFF"],
  ])("puts legible text on %s", (fill, text) => {
    expect(textOn(fill)).toBe(text);
  });
});

describe("describeMethodReason", () => {
  const analysis = (): Analysis => {
    const r = computeWorkbook(workbook(), DEFAULT_SETTINGS);
    if (!r.ok) throw new Error(r.error.code);
    return r.value.analysis;
  };
  it.each([
    [
      { kind: "reported", points: 16, ratio: 3, compared: 17 },
      "points",
      "tự động: cách cộng điểm khớp với 16/17 tỷ lệ đã báo cáo",
    ],
    [
      { kind: "reported", points: 2, ratio: 9, compared: 10 },
      "ratio",
      "tự động: cách chia khớp với 9/10 tỷ lệ đã báo cáo",
    ],
    [{ kind: "percent" }, "points", "tự động: chỉ tiêu và kết quả tính bằng %, nên dùng cách cộng điểm"],
    [{ kind: "default" }, "ratio", "tự động: không có tỷ lệ đã báo cáo để đối chiếu, nên dùng cách chia"],
  ] as const)("words %j", (methodReason, method, text) => {
    expect(describeMethodReason({ ...analysis(), method, methodReason }, (key, params) => t("vi", key, params))).toBe(
      text,
    );
  });
  it("counts each way where indicators were scored differently", () => {
    const a = analysis();
    const indicators = a.indicators.map((i, n) => ({ ...i, method: n < 2 ? ("ratio" as const) : ("points" as const) }));
    expect(describeMethodReason({ ...a, indicators }, (key, params) => t("vi", key, params))).toBe(
      `tự động theo đơn vị của từng chỉ tiêu: ${indicators.length - 2} chỉ tiêu tính bằng % theo cách cộng điểm, 2 chỉ tiêu còn lại theo cách chia`,
    );
  });
});

describe("restoreSettings", () => {
  const overview = (activeSheet: string | null): WorkbookOverview => ({
    sheets: [
      { name: "Báo cáo", table: {} as never },
      { name: "Ghi chép", table: null },
    ],
    activeSheet,
    settings: null,
  });
  it.each([
    ["keeps the active sheet when it has a table", "Báo cáo", null, {}, null, { target: 3 }],
    ["moves to the first table when the active sheet has none", "Ghi chép", null, { target: 3 }, "Báo cáo", {}],
    ["keeps a saved sheet that exists", "Ghi chép", "Báo cáo", { target: 3 }, "Báo cáo", { target: 3 }],
    ["drops a saved sheet that is gone", "Báo cáo", "Cũ", { target: 3 }, null, {}],
  ] as const)("%s", (_, active, sheet, mapping, wantSheet, wantMapping) => {
    const base = { ...DEFAULT_SETTINGS, sheet, mapping: { ...mapping } };
    const restored = restoreSettings(
      overview(active),
      sheet === null && active === "Báo cáo" ? { ...base, mapping: { target: 3 } } : base,
    );
    expect(restored.sheet).toBe(wantSheet);
    expect(restored.mapping).toEqual(wantMapping);
  });
});
