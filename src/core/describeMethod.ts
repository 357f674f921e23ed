import { absentRole } from "./absentRole";
import { HEADERS } from "./messages";
import type { Analysis, Lang, Method } from "./types";

/**
 * How many indicators each method scored. Example: a table of 8 percent lines by points and 9 amounts by ratio →
 * `{ points: 8, ratio: 9 }`.
 */
export function countMethods(indicators: readonly { method: Method }[]): { points: number; ratio: number } {
  let points = 0;
  // Indexed: called once per analysis and plan, this loop runs unoptimised, where an iterator allocates a result per step.
  for (let k = 0; k < indicators.length; k++) if (indicators[k]!.method === "points") points++;
  return { points, ratio: indicators.length - points };
}

/** Why `auto` chose the table's method, in words, or "" when the user chose it. */
function reasonInWords(analysis: Analysis, mixed: boolean, lang: Lang): string {
  const r = analysis.methodReason;
  const vi = lang === "vi";
  if (r.kind === "explicit") return "";
  if (mixed) return vi ? " (tự động, theo đơn vị của từng chỉ tiêu)" : " (automatic, by each indicator's unit)";
  if (r.kind === "reported") {
    const matched = r[analysis.method];
    return vi
      ? ` (tự động: khớp với ${matched}/${r.compared} tỷ lệ đã báo cáo)`
      : ` (automatic: matches ${matched} of ${r.compared} reported rates)`;
  }
  if (r.kind === "percent") return vi ? " (tự động: chỉ tiêu tính bằng %)" : " (automatic: targets are percentages)";
  return vi ? " (tự động)" : " (automatic)";
}

/**
 * The method as the report states it: the table's formula, or, where indicators were scored differently (percent
 * by points, amounts by ratio), each formula with its count; then why `auto` chose it. Example: "100 + (kết quả −
 * chỉ tiêu) cho 8 chỉ tiêu tính bằng %, kết quả ÷ chỉ tiêu × 100 cho 9 chỉ tiêu còn lại (tự động, theo đơn vị của
 * từng chỉ tiêu)". A table without a target column or without results scores nothing, and says so: "không tính tỷ
 * lệ vì bảng không có cột chỉ tiêu; giữ tỷ lệ và nhận định của tài liệu".
 */
export function describeMethod(analysis: Analysis, lang: Lang): string {
  const h = HEADERS[lang];
  const absent = absentRole(analysis.table);
  if (absent) return absent === "target" ? h.methodNoTarget : h.methodNoResult;
  const { points, ratio } = countMethods(analysis.indicators);
  const mixed = points > 0 && ratio > 0;
  const formula = !mixed
    ? analysis.method === "points"
      ? h.methodPoints
      : h.methodRatio
    : lang === "vi"
      ? `${h.methodPoints} cho ${points} chỉ tiêu tính bằng %, ${h.methodRatio} cho ${ratio} chỉ tiêu còn lại`
      : `${h.methodPoints} for ${points} ${points === 1 ? "indicator" : "indicators"} in %, ${h.methodRatio} for the other ${ratio}`;
  return formula + reasonInWords(analysis, mixed, lang);
}
