import { analyzeWorkbook, describeWarning, type Analysis } from "../../src/core";
import fs from "node:fs";
import { readGrid, SAMPLE_PATH } from "../support/sample";

/** The sample report's appendix, scored by hand with the report's own convention (100 + result − target). */
const EXPECTED = [
  // [sheet row, part, section, label start, target, result, attainment, status, reported, discrepancy]
  [5, 0, "I", "Chỉ tiêu 1:", 100, 100, 100, "met", 100, false],
  [6, 0, "I", "Chỉ tiêu 2:", 100, 100, 100, "met", 100, false],
  [9, 0, "I", "- CCVC và người lao động", 100, 100, 100, "met", 100, false],
  [10, 0, "I", "- Cá nhân hoàn thành tốt", 95, 100, 105, "exceeded", 105, false],
  [10, 1, "I", "Trong đó: có ít nhất 50%", 50, 80, 130, "exceeded", 130, false],
  [13, 0, "I", "+ Tập thể lao động tiên tiến", 80, 80, 100, "met", 100, false],
  [14, 0, "I", "+ Tập thể lao động xuất sắc", 30, 30, 100, "met", 100, false],
  [16, 0, "I", "+ Lao động tiên tiến", 80, 82, 102, "exceeded", 102, false],
  [17, 0, "I", "+ Chiến sĩ thi đua cơ sở", 15, 15, 100, "met", 100, false],
  [18, 0, "I", "+ Chiến sĩ thi đua cấp tỉnh", 10, 10, 100, "met", 100, false],
  [
    20,
    0,
    "I",
    "+ Tập thể:",
    "Cờ thi đua Bộ Công Thương, \n\nBằng khen UBND tỉnh.",
    null,
    null,
    "notEvaluated",
    null,
    false,
  ],
  [21, 0, "I", "+ Cá nhân:", 20, 28, 108, "exceeded", 180, true],
  [23, 0, "II", "Đoàn viên đủ điều kiện", 100, 100, 100, "met", 100, false],
  [24, 0, "II", "Trong đó: Đạt loại xuất sắc", 90, 100, 110, "exceeded", 110, false],
  [25, 0, "II", "Đạt danh hiệu", 100, 100, 100, "met", 100, false],
  [26, 0, "II", "CC,VC không vi phạm", 100, 100, 100, "met", 100, false],
  [27, 0, "II", "CC,VC trong diện sinh", 100, 100, 100, "met", 100, false],
  [28, 0, "II", "Danh hiệu “Công đoàn cơ sở vững mạnh”", "Đạt", "Đạt", null, "met", "Đạt", false],
];

let analysis: Analysis;
beforeAll(async () => {
  const r = analyzeWorkbook(readGrid(fs.readFileSync(SAMPLE_PATH)));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  analysis = r.value;
});

describe("golden: the 2021 emulation report", () => {
  it("scores every indicator as the report's own arithmetic does", () => {
    const actual = analysis.indicators.map((i) => [
      i.row + 1,
      i.part,
      i.section,
      i.label.trim(),
      i.target,
      i.result,
      i.attainment,
      i.status,
      i.reported,
      i.discrepancy,
    ]);
    // On failure jest prints the whole actual table next to the expected one.
    expect(actual.map((a) => [...a.slice(0, 3), ...a.slice(4)])).toEqual(
      EXPECTED.map((e) => [...e.slice(0, 3), ...e.slice(4)]),
    );
    actual.forEach((a, i) =>
      expect(a[3]).toMatch(new RegExp(`^${(EXPECTED[i]![3] as string).replace(/[+()]/g, "\\$&")}`)),
    );
  });

  it("counts 5 exceeded, 12 met, 0 not met, 1 not evaluated (section I 4/7/0/1, section II 1/5/0/0)", () => {
    const s = analysis.summary;
    expect([s.total, s.evaluated, s.exceeded, s.met, s.notMet, s.notEvaluated]).toEqual([18, 17, 5, 12, 0, 1]);
    expect(s.sections.map((x) => [x.key, x.label, x.exceeded, x.met, x.notMet, x.notEvaluated])).toEqual([
      ["I", "Về công tác chuyên môn", 4, 7, 0, 1],
      ["II", "Về công tác công đoàn", 1, 5, 0, 0],
    ]);
  });

  it("infers the points method and finds exactly one discrepancy: 180 against 108", () => {
    expect(analysis.method).toBe("points");
    expect(analysis.methodReason).toMatchObject({ kind: "reported" });
    const discrepancies = analysis.warnings.filter((w) => w.code === "discrepancy");
    expect(discrepancies.map((w) => [w.address, describeWarning(w, "vi"), describeWarning(w, "en")])).toEqual([
      ["E21", "Dòng 21: báo cáo 180, tính được 108.", "Row 21: reported 180, computed 108."],
    ]);
  });

  it("finds the table where the officer typed it", () => {
    expect(analysis.table).toMatchObject({
      sheet: "KQ Nghị quyết 2021",
      headerTop: 2,
      headerBottom: 2,
      firstRow: 3,
      lastRow: 27,
      columns: { number: 0, label: 1, target: 2, result: 3, attainment: 4, notes: 5 },
      title: "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ CBCC,VC NĂM 2021",
    });
  });

  it("counts the table's own indicators as its headings declare: 03 and 05, all met or exceeded (the report's 5/5)", () => {
    const s = analysis.summary;
    const counts = (c: typeof s.items) => [c.total, c.exceeded, c.met, c.notMet, c.notEvaluated];
    expect([s.declared, ...counts(s.items)]).toEqual([8, 8, 0, 8, 0, 0]);
    expect(s.sections.map((x) => [x.key, x.declared, ...counts(x.items)])).toEqual([
      ["I", 3, 3, 0, 3, 0, 0],
      ["II", 5, 5, 0, 5, 0, 0],
    ]);
    expect(analysis.warnings.filter((w) => w.code === "declaredCount")).toEqual([]);
  });

  it("reports each line under the line or group it belongs to", () => {
    const parents = analysis.indicators.map((i) => [i.row + 1, i.part, i.parentRow === null ? null : i.parentRow! + 1]);
    expect(parents).toEqual([
      [5, 0, null],
      [6, 0, null],
      [9, 0, 8],
      [10, 0, 8],
      [10, 1, 10],
      [13, 0, 12],
      [14, 0, 12],
      [16, 0, 15],
      [17, 0, 15],
      [18, 0, 15],
      [20, 0, 19],
      [21, 0, 19],
      [23, 0, null],
      [24, 0, 23],
      [25, 0, null],
      [26, 0, null],
      [27, 0, null],
      [28, 0, null],
    ]);
  });

  it("writes the narrative in the report's style: declared counts, the exceeded lines named, the corrected rate", () => {
    expect(analysis.narrative.split("\n")).toEqual([
      "Về công tác chuyên môn: có 03/03 chỉ tiêu đạt và vượt so với Nghị quyết; trong đó 04 nội dung vượt: " +
        "“Cá nhân hoàn thành tốt nhiệm vụ” đạt 105%, “Ít nhất 50% cá nhân hoàn thành xuất sắc nhiệm vụ” đạt 130%, " +
        "“Lao động tiên tiến” đạt 102%, “Về khen thưởng – Cá nhân” đạt 108%.",
      "Về công tác công đoàn: có 05/05 chỉ tiêu đạt và vượt so với Nghị quyết; trong đó 01 nội dung vượt: " +
        "“Đoàn viên đủ điều kiện được phân loại – Đạt loại xuất sắc” đạt 110%.",
      "Tổng cộng: có 08/08 chỉ tiêu đạt và vượt so với Nghị quyết; trong đó 05 nội dung vượt.",
    ]);
  });
});
