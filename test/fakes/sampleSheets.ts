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
  return {
    name,
    values,
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
export function generatedSheet(count: number, name = "Chỉ tiêu"): SeedSheet {
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
    values.push([
      k + 1,
      `Chỉ tiêu ${k + 1}: tỷ lệ cán bộ, công chức hoàn thành tốt nhiệm vụ được giao`,
      target,
      result,
    ]);
  }
  return { name, values, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] };
}
