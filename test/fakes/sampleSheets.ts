/**
 * Indicator tables to seed the fake host with: the annual report's appendix table (a few of its rows, as officers
 * type them, with multi-line and merged cells), and a generated table of any length for sync and payload tests.
 */
import type { FakeValue } from "./fakeModel";
import type { SeedSheet } from "./seedWorkbook";

const HEADER: FakeValue[] = [
  "Số\nTT",
  "Nội dung chỉ tiêu",
  "Chỉ tiêu\nNghị quyết\n%",
  "Kết quả\nđạt được\n%",
  "Tỷ lệ\nđạt được\n%",
  "Ghi chú",
];

/** The sample table: title in row 1, header in row 2, sections I and II; C19:E19 holds a merged note. */
export function sampleSheet(name = "Báo cáo"): SeedSheet {
  const values: FakeValue[][] = [
    ["KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ CBCC,VC NĂM 2021"],
    HEADER,
    ["I", "Về công tác chuyên môn: 03 chỉ tiêu"],
    [
      null,
      "Chỉ tiêu 1: CCVC thực hiện đăng ký thi đua đầu năm và đăng ký thực hiện giải pháp, sáng kiến trong công tác ngay từ đầu năm",
      100,
      100,
      100,
    ],
    [
      null,
      "Chỉ tiêu 2: CCVC, NLĐ chấp hành tốt chủ trương, đường lối của Đảng và chính sách, pháp luật của Nhà nước",
      100,
      100,
      100,
    ],
    [null, "Chỉ tiêu 3: Đánh giá, thi đua, khen thưởng"],
    [1, "Về đánh giá, phân loại"],
    [null, "- CCVC và người lao động đủ tiêu chuẩn đánh giá hoàn thành nhiệm vụ được giao", 100, 100, 100],
    [
      null,
      "- Cá nhân hoàn thành tốt nhiệm vụ.\nTrong đó: có ít nhất 50% cá nhân hoàn thành xuất sắc nhiệm vụ",
      "95\n50",
      "100\n80",
      "105\n130",
    ],
    [2, "Về thi đua"],
    [null, "- Tập thể:"],
    [null, "+ Tập thể lao động tiên tiến", 80, 80, 100],
    [null, "+ Tập thể lao động xuất sắc", 30, 30, 100],
    [null, "- Cá nhân:"],
    [null, "+ Lao động tiên tiến", 80, 82, 102],
    [null, "+ Chiến sĩ thi đua cơ sở", 15, 15, 100],
    [null, "+ Chiến sĩ thi đua cấp tỉnh", 10, 10, 100],
    [3, "Về khen thưởng"],
    [null, "+ Tập thể:", "Cờ thi đua Bộ Công Thương,\nBằng khen UBND tỉnh."],
    [null, "+ Cá nhân:", 20, 28, 180],
    ["II", "Về công tác công đoàn: 05 chỉ tiêu"],
    [1, "Đoàn viên đủ điều kiện được phân loại.", 100, 100, 100],
    [null, "Trong đó: Đạt loại xuất sắc", 90, 100, 110],
    [2, "Đạt danh hiệu “Giỏi việc nước, đảm việc nhà”", 100, 100, 100],
    [3, "CC,VC không vi phạm Luật giao thông đường bộ", 100, 100, 100],
    [4, "CC,VC trong diện sinh, không sinh con thứ 3", 100, 100, 100],
    [5, "Danh hiệu “Công đoàn cơ sở vững mạnh” năm 2021", "Đạt", "Đạt", "Đạt"],
  ];
  return {
    name,
    values,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 18, left: 2, bottom: 18, right: 4 },
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
