/**
 * Indicator tables to seed the fake host with: the annual report's appendix table (a few of its rows, as officers
 * type them, with multi-line and merged cells), and a generated table of any length for sync and payload tests.
 */
import type { FakeValue } from "./fakeModel";
import type { SeedSheet } from "./seedWorkbook";
import { SAMPLE_HEADER, SAMPLE_MERGED_NOTE_ROW, SAMPLE_ROWS, SAMPLE_TITLE } from "../fixtures/sampleTable";

const HEADER: FakeValue[] = SAMPLE_HEADER;

/** The sample table: title in row 1, header in row 2, sections I and II; C19:E19 holds a merged note. */
export function sampleSheet(name = "Báo cáo"): SeedSheet {
  const values: FakeValue[][] = [[SAMPLE_TITLE], HEADER, ...SAMPLE_ROWS.map((row) => row.map((v) => v ?? null))];
  const note = 2 + SAMPLE_MERGED_NOTE_ROW;
  // Set in Times New Roman 13, header and sections bold, as the sample workbook (scripts/makeSample.ts).
  const styles = values.map((row, r) =>
    row.map((_, c) =>
      r === 0 && c > 0
        ? null
        : { fontName: "Times New Roman", fontSize: 13, bold: r <= 1 || ["I", "II"].includes(String(row[0])) },
    ),
  );
  return {
    name,
    values,
    styles,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: note, left: 2, bottom: note, right: 4 },
    ],
  };
}

/**
 * A table with `count` indicators in sections of 50 (title, header, then rows "k | Chỉ tiêu k: … | target | result"),
 * targets and results varied so every status occurs. Targets and results are typed as numbers.
 */
export function generatedSheet(
  count: number,
  name = "Chỉ tiêu",
  label: (k: number) => string = (k) => `Chỉ tiêu ${k}: tỷ lệ cán bộ, công chức hoàn thành tốt nhiệm vụ được giao`,
): SeedSheet {
  const values: FakeValue[][] = [["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024"], HEADER];
  const roman = (n: number): string => {
    const table: [number, string][] = [
      [1000, "M"],
      [900, "CM"],
      [500, "D"],
      [400, "CD"],
      [100, "C"],
      [90, "XC"],
      [50, "L"],
      [40, "XL"],
      [10, "X"],
      [9, "IX"],
      [5, "V"],
      [4, "IV"],
      [1, "I"],
    ];
    let out = "";
    for (const [v, s] of table) for (; n >= v; n -= v) out += s;
    return out;
  };
  for (let k = 0; k < count; k++) {
    if (k % 50 === 0) values.push([roman(k / 50 + 1), `Nhóm chỉ tiêu ${k / 50 + 1}`]);
    const target = 60 + (k % 40);
    const result = target + ((k * 7) % 21) - 10;
    values.push([k + 1, label(k + 1), target, result]);
  }
  return { name, values, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] };
}

/** A label of about 220 characters, as in tables that spell each indicator out in full. */
export const longLabel = (k: number): string =>
  `Chỉ tiêu ${k}: tỷ lệ cán bộ, công chức, viên chức và người lao động của đơn vị được đánh giá, xếp loại ` +
  `chất lượng ở mức hoàn thành tốt nhiệm vụ trở lên, trong đó có ít nhất 20% hoàn thành xuất sắc nhiệm vụ`;

/** An officer's sheet of notes with no table: `rows` rows of Vietnamese text in three columns. */
export function notesSheet(rows: number, name = "Nhật ký"): SeedSheet {
  const values: FakeValue[][] = [["Ngày", "Nội dung làm việc", "Người ghi"]];
  for (let r = 1; r < rows; r++)
    values.push([
      `${(r % 28) + 1}/${(r % 12) + 1}/2024`,
      `Họp giao ban tuần ${r}: rà soát tiến độ thực hiện nhiệm vụ, thống nhất phân công chuẩn bị báo cáo sơ kết ` +
        `quý và kế hoạch kiểm tra, giám sát của Ban Chấp hành công đoàn cơ sở`,
      "Nguyễn Thị Hương, Văn phòng",
    ]);
  return { name, values };
}
