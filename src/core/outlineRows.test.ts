import { book, HEADER, sheet } from "../../test/support/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { declaredCount } from "./hierarchy";
import { markerOf, outlineRows, rolledStatus } from "./outlineRows";
import type { Analysis, CellValue } from "./types";

const analyze = (rows: CellValue[][]): Analysis => {
  const r = analyzeWorkbook(book(sheet("S", [HEADER, ...rows])), { method: "ratio" });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe("markerOf", () => {
  it.each([
    ["", "Chỉ tiêu 3: Đánh giá, thi đua, khen thưởng", true, "chiTieu"],
    ["1", "Về đánh giá, phân loại", true, "arabic"],
    ["2.", "Doanh thu", false, "arabic"],
    ["1.2", "Doanh thu", false, "dotted"],
    ["a", "Nông nghiệp", false, "letter"],
    ["", "1. Số bác sỹ cho 10000 dân", false, "arabic"],
    ["", "a) Nông nghiệp", false, "letter"],
    ["", "- Tập thể:", true, "dash"],
    ["", "+ Lao động tiên tiến", false, "plus"],
    ["", "Trong đó: Đạt loại xuất sắc", false, "trongDo"],
    ["", "- Trong đó: Giảm tỷ lệ hộ nghèo", false, "trongDo"],
    ["", "Tr.đó:\n- Nông Lâm Ngư nghiệp (%)", false, "trongDo"],
    ["", "Of which: private hospitals", false, "trongDo"],
    ["", "Trong đóng góp", false, "plain"],
    ["CS01", "Quality of call handling", false, "code"],
    ["", "Operational Income", true, "plainHeading"],
    ["", "Training", false, "plain"],
  ] as const)("%j %j (heading %s) is %s", (number, label, heading, marker) => {
    expect(markerOf(number, label, heading)).toBe(marker);
  });
});

describe("declaredCount", () => {
  it.each([
    ["Về công tác chuyên môn: 03 chỉ tiêu", 3],
    ["Về công tác công đoàn: 05 chỉ tiêu", 5],
    ["Kinh tế (05 chỉ tiêu)", 5],
    ["Finance: 4 indicators", 4],
    ["Chỉ tiêu 3: Đánh giá, thi đua, khen thưởng", null],
    ["Tỷ lệ đạt 100% chỉ tiêu", null],
    ["Nhóm 1: 05 chỉ tiêu kinh tế", null],
  ] as const)("%j declares %s", (label, count) => {
    expect(declaredCount(label)).toBe(count);
  });
});

describe("outlineRows", () => {
  it("nests a new mark under the row above and goes back to a mark seen before", () => {
    const a = analyze([
      ["I", "Chuyên môn: 02 chỉ tiêu"],
      [null, "Chỉ tiêu 1: A", 10, 10],
      [null, "Chỉ tiêu 2: B"],
      ["1", "Về thi đua"],
      [null, "- Tập thể:"],
      [null, "+ LĐTT", 80, 80],
      [null, "- Cá nhân", 10, 12],
      [null, "Trong đó: CSTĐ", 5, 4],
      ["2", "Về khen thưởng"],
      [null, "+ Cá nhân", 20, 28],
    ]);
    const outline = outlineRows(a.rows);
    const shape = outline.nodes.map((n) => {
      const label = n.row.kind === "indicator" ? n.row.indicator.label : n.row.label;
      const parent = n.parent >= 0 ? outline.nodes[n.parent]!.row : null;
      const parentLabel = parent === null ? null : parent.kind === "indicator" ? parent.indicator.label : parent.label;
      return [label, n.level, parentLabel];
    });
    expect(shape).toEqual([
      ["Chuyên môn: 02 chỉ tiêu", 0, null],
      ["Chỉ tiêu 1: A", 1, null],
      ["Chỉ tiêu 2: B", 1, null],
      ["Về thi đua", 2, "Chỉ tiêu 2: B"],
      ["- Tập thể:", 3, "Về thi đua"],
      ["+ LĐTT", 4, "- Tập thể:"],
      ["- Cá nhân", 3, "Về thi đua"],
      ["Trong đó: CSTĐ", 4, "- Cá nhân"],
      ["Về khen thưởng", 2, "Chỉ tiêu 2: B"],
      ["+ Cá nhân", 3, "Về khen thưởng"],
    ]);
    // "- Cá nhân" keeps its own status (exceeded) though its "Trong đó" line is not met; the group rolls up.
    const status = (label: string) =>
      rolledStatus(
        outline,
        outline.nodes.findIndex((n) => (n.row.kind === "indicator" ? n.row.indicator.label : n.row.label) === label),
      );
    expect(["- Cá nhân", "Về thi đua", "Về khen thưởng", "Chỉ tiêu 2: B"].map(status)).toEqual([
      "exceeded",
      "met",
      "exceeded",
      "met",
    ]);
    expect(a.summary.sections[0]!.items).toMatchObject({ total: 2, met: 2, notMet: 0 });
    expect(a.summary.sections[0]!).toMatchObject({ total: 5, exceeded: 2, met: 2, notMet: 1, declared: 2 });
    // The line that is not met is named all the same, with the line it belongs to.
    expect(a.narrative.split("\n")[0]).toBe(
      "Chuyên môn: có 02/02 chỉ tiêu đạt và vượt so với kế hoạch; trong đó 02 nội dung vượt: “Về thi đua – Cá nhân” đạt 120%, " +
        "“Về khen thưởng – Cá nhân” đạt 140%; 01 nội dung không đạt: “Cá nhân – CSTĐ” chỉ đạt 80%.",
    );
  });

  it.each([
    // children statuses → the group's rolled-up status
    [["met", "exceeded"], "met"],
    [["exceeded", "exceeded"], "exceeded"],
    [["exceeded", "notEvaluated"], "exceeded"],
    [["met", "notMet", "exceeded"], "notMet"],
    [["notEvaluated", "notEvaluated"], "notEvaluated"],
  ] as const)("rolls a group of %j up to %s", (children, expected) => {
    const value = { met: [10, 10], exceeded: [10, 12], notMet: [10, 8], notEvaluated: [null, 8] } as const;
    const a = analyze([["1", "Nhóm"], ...children.map((s, i) => [null, `- Dòng ${i + 1}`, ...value[s]])]);
    expect(a.indicators.map((i) => i.status)).toEqual(children);
    expect(rolledStatus(outlineRows(a.rows), 0)).toBe(expected);
  });

  it("warns when a heading's declared count differs from the table, and keeps the lines' count when that is the one", () => {
    const a = analyze([
      ["I", "Kinh tế: 03 chỉ tiêu"],
      ["1", "A", 10, 10],
      ["2", "B", 10, 10],
      ["II", "Xã hội: 03 chỉ tiêu"],
      ["1", "C", 10, 10],
      [null, "Trong đó: D", 5, 5],
      [null, "Trong đó: E", 5, 5],
    ]);
    expect(a.warnings.filter((w) => w.code === "declaredCount").map((w) => [w.address, w.params])).toEqual([
      ["B2", { row: 2, declared: 3, found: 2 }],
    ]);
    // Section II declares 3, the number of its lines (its own items are 1): its sentence counts lines.
    expect(a.narrative.split("\n")[1]).toBe("Xã hội: có 03/03 chỉ tiêu đạt so với kế hoạch.");
  });
});
