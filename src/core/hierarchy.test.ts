import { depthOf } from "./hierarchy";

describe("depthOf", () => {
  it.each([
    ["", "Trong do: nu", 2, 3],
    ["", "trong do co", 1, 2],
    ["", "TRONG DO:", 1, 2],
    ["", "+ Cá nhân", 1, 3],
    ["", "- Tập thể", 3, 2],
    ["", "– Tập thể", 3, 2],
    ["", "• Tập thể", 3, 2],
    ["2", "Về thi đua", 3, 1],
    ["1.2.", "Về thi đua", 3, 1],
    ["", "Chỉ tiêu 3: Đánh giá", 2, 1],
    ["", "CHỈ TIÊU 4 về đoàn viên", 2, 1],
    ["", "Chỉ tiêu chung", 2, 2],
    ["", "Tổng số", 0, 1],
    ["a", "Tổng số", 2, 2],
  ])("number %j, label %j after depth %d → %d", (number, label, previous, depth) =>
    expect(depthOf(number, label, previous)).toBe(depth),
  );
});
