import { book, sheet } from "../../../test/support/grid";
import { analyzeWorkbook } from "../../core";
import type { Lang, WorkbookGrid } from "../../core";
import { t } from "../i18n";
import { useMappingPanel } from "./useMappingPanel";

const customs = book(
  sheet("Thu NSNN", [
    ["STT", "Đơn vị", "Số thu\n(tỷ đồng)", "Tỷ lệ so với chỉ\ntiêu dự toán (%)", "Ghi chú"],
    [1, "Cục Hải quan A", "252,639", 274.61, "Đã thu vượt dự toán cả năm"],
    [2, "Cục Hải quan B", "9.874", 62.5, null],
  ]),
);

/** The pickers as the panel shows them for a workbook's detected table, in one language. */
function usePanelFor(wb: WorkbookGrid, lang: Lang = "vi") {
  const a = analyzeWorkbook(wb);
  if (!a.ok) throw new Error(a.error.code);
  return useMappingPanel(
    (key, params) => t(lang, key, params),
    a.value.table,
    a.value.table.columns,
    {},
    () => undefined,
  );
}

describe("useMappingPanel: a table without a target column", () => {
  it.each([
    ["vi", "Không có (bảng chỉ có kết quả và tỷ lệ; chọn cột chỉ tiêu nếu có)"],
    ["en", "None (the table has only results and rates; choose a target column if there is one)"],
  ] as const)("shows no target and no clash with the result (%s)", (lang, placeholder) => {
    const panel = usePanelFor(customs, lang);
    expect(panel.pickers.find((p) => p.role === "target")).toMatchObject({ value: undefined, placeholder });
    expect(panel.pickers.find((p) => p.role === "result")?.value).toBe(2);
    expect(panel.duplicates).toEqual([]);
  });
});

describe("useMappingPanel: a table of targets only", () => {
  it("shows no result column and no clash with the target", () => {
    const plan = book(
      sheet("KH 2021", [
        ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2021"],
        [1, "Tốc độ tăng tổng sản phẩm trong nước (GDP)", "%", "Khoảng 6"],
        [2, "Tỷ lệ che phủ rừng", "%", "Khoảng 42"],
      ]),
    );
    const panel = usePanelFor(plan, "vi");
    expect(panel.pickers.find((p) => p.role === "result")).toMatchObject({
      value: undefined,
      placeholder: "Chưa có (bảng mới có chỉ tiêu; chọn cột kết quả khi có)",
    });
    expect(panel.pickers.find((p) => p.role === "target")?.value).toBe(3);
    expect(panel.duplicates).toEqual([]);
  });
});

describe("useMappingPanel: columns read and never written", () => {
  it.each([
    ["vi", "status", customs, "Nhận định của tài liệu, giữ nguyên; đánh giá ghi ở cột mới"],
    [
      "en",
      "attainment",
      book(
        sheet("KPIs", [
          ["Measure", "Target", "Actual", "Value vs Target"],
          ["Calls answered", 98.3, 94.49, -3.81],
          ["Post cleared", 95, 97.05, 2.05],
        ]),
      ),
      "The document's gaps to the target, kept; the rate goes in a new column",
    ],
  ] as const)("says so under the picker (%s, %s)", (lang, role, wb, hint) => {
    const panel = usePanelFor(wb, lang);
    expect(panel.pickers.find((p) => p.role === role)?.hint).toBe(hint);
    expect(panel.pickers.filter((p) => p.hint !== undefined)).toHaveLength(1);
  });
});
