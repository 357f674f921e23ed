import type { ColumnHeader } from "./findHeader";
import type { HeaderRole } from "./matchHeader";
import type { PeriodPair } from "./pickPeriodPair";
import { isPeriodOnly } from "./readPeriodHeader";
import type { ColumnRole } from "./types";

/* How the header's columns get their roles beside the target and result: the rest by score, the status of the
 * result's period, period-only columns, the direction column. */

const primary = (h: ColumnHeader): HeaderRole | undefined => h.reading.matches[0]?.role;

/** Whether only comparison columns stand between the target/result pair and a column right of it. */
function besidePair(headers: ColumnHeader[], roles: Partial<Record<ColumnRole, number>>, col: number): boolean {
  const from = Math.max(roles.target!, roles.result!) + 1;
  if (col < from) return false;
  for (let c = from; c < col; c++) {
    const h = headers.find((x) => x.col === c);
    if (h && primary(h) !== "compare") return false;
  }
  return true;
}

/**
 * Gives each remaining role at most one column and each column at most one role, best scores first.
 * Example: "STT | Nội dung | Kế hoạch | Thực hiện | Tỷ lệ | Ghi chú" → number, label, attainment and notes.
 */
export function assignRest(
  headers: ColumnHeader[],
  taken: Set<number>,
  roles: Partial<Record<ColumnRole, number>>,
): void {
  const all = headers
    .filter((h) => !taken.has(h.col) && primary(h) !== "compare" && primary(h) !== "direction")
    .flatMap((h) => h.reading.matches.map((m) => ({ col: h.col, ...m })))
    .filter((m) => m.role !== "compare" && m.role !== "direction" && m.role !== "target" && m.role !== "result");
  all.sort((a, b) => b.score - a.score || a.col - b.col);
  for (const m of all) {
    const role = m.role as ColumnRole;
    if (roles[role] !== undefined || taken.has(m.col)) continue;
    // A bare "%" is the rate only beside the target and result (past comparison columns such as "Difference").
    if (m.score <= 1 && !besidePair(headers, roles, m.col)) continue;
    // The label stands left of the figures: "KPI Analysis" right of "KPI Target | KPI Actual" is a comment column.
    if (role === "label" && m.col > Math.max(roles.target ?? -1, roles.result ?? -1) && roles.target !== undefined)
      continue;
    roles[role] = m.col;
    taken.add(m.col);
  }
  yieldToSoleNames(headers, taken, roles);
}

/**
 * A column that names two roles gives up the one another column names alone, where its other role is still free:
 * "Đơn vị / Nội dung" beside "ĐVT" is the label (the units of the body are its lines), "ĐVT" the unit. Greedy by
 * score, "Đơn vị" would take the unit and leave the label to no column.
 * Example: "STT | Đơn vị / Nội dung | ĐVT | Chỉ tiêu | Kết quả" → label 1, unit 2.
 */
function yieldToSoleNames(
  headers: ColumnHeader[],
  taken: Set<number>,
  roles: Partial<Record<ColumnRole, number>>,
): void {
  for (const h of headers) {
    if (taken.has(h.col) || h.reading.matches.length !== 1) continue;
    const role = h.reading.matches[0]!.role as ColumnRole;
    const holder = roles[role];
    if (holder === undefined) continue;
    const other = headers
      .find((x) => x.col === holder)
      ?.reading.matches.find((m) => m.role !== role && m.role !== "target" && m.role !== "result");
    if (!other || roles[other.role as ColumnRole] !== undefined) continue;
    // The label stands left of the figures, as above.
    if (other.role === "label" && roles.target !== undefined && holder > Math.max(roles.target, roles.result ?? -1))
      continue;
    roles[other.role as ColumnRole] = holder;
    roles[role] = h.col;
    taken.add(h.col);
  }
}

/**
 * Where several columns could take a role of each period ("Q1 Actual | Q1 Status | Q2 Actual | Q2 Status"), the one
 * nearest right of the result is the result's own: "Q2 Status" beside "Q2 Actual". So with rates against two
 * targets ("So với KH huyện giao (%) | So với dự toán HĐND xã giao (%)"): the first after the result is the rate
 * against the table's target column, the next against a target the table does not show.
 */
export function nearestOfSeveral(
  headers: ColumnHeader[],
  taken: Set<number>,
  roles: Partial<Record<ColumnRole, number>>,
  role: "status" | "attainment",
): void {
  const chosen = roles[role];
  if (chosen === undefined) return;
  // A rate column that is also a verdict ("Đánh giá so với Nghị quyết") is left to the status.
  const verdict = (h: ColumnHeader) => role === "attainment" && h.reading.matches.some((m) => m.role === "status");
  const same = headers.filter((h) => primary(h) === role && (h.col === chosen || !taken.has(h.col)) && !verdict(h));
  if (same.length < 2) return;
  const right = same.filter((h) => h.col > roles.result!).sort((a, b) => a.col - b.col)[0];
  if (right && right.col !== chosen) {
    taken.delete(chosen);
    roles[role] = right.col;
    taken.add(right.col);
  }
}

/**
 * One target and, right of it, columns named by a period only ("Target | Q1 | Q2 | Q3 | Q4"): the results of each
 * period against the same target. The latest (rightmost) is the result; the others are left aside as other periods.
 * With no result named, the years left of the target are its results, the latest the result.
 * Periods not reported yet (no figures under them, `filled`) are passed over; a column of figures with no header
 * right after the last period, inside the header, is the next period, its header left blank ("Target | Year end |
 * Quarter 1 |  | Target Met").
 * Example: "KPI | 2023/24 Target | 2022/23 Outturn | Q1 | Q2 | Q3" → target 1, result 5 (Q3).
 */
export function periodColumnsPair(
  headers: ColumnHeader[],
  filled: (col: number) => boolean = () => true,
): PeriodPair | null {
  const targets = headers.filter((h) => primary(h) === "target");
  if (targets.length !== 1) return null;
  const target = targets[0]!;
  // Results of an earlier year than the target ("2022/23 Outturn" before "2023/24 Target | Q1 | Q2 | Q3") are last
  // year's figures, set aside; any other result column is the result.
  const results = headers.filter((h) => primary(h) === "result");
  const earlier = (h: ColumnHeader) => h.year !== null && target.year !== null && h.year < target.year;
  if (!results.every(earlier)) return null;
  const bare = (h: ColumnHeader) => h.reading.matches.length === 0 && isPeriodOnly(h.text);
  let periods = headers.filter((h) => h.col > target.col && bare(h));
  // With no result named, years before the goal ("2017/18 | 2018/19 | 2019/20 | Goal") are its results, the latest
  // read against it.
  if (periods.length === 0 && results.length === 0)
    periods = headers
      .filter((h) => h.col < target.col && bare(h) && h.year !== null)
      // Of periods ending the same year, the longer ("Apr 2023 to Mar 2024" over "Jan to Mar 2024") is the year's.
      .sort((a, b) => a.year! - b.year! || a.period.length - b.period.length);
  if (periods.some((h) => filled(h.col))) periods = periods.filter((h) => filled(h.col));
  const result = periods[periods.length - 1];
  if (!result) return null;
  const others = [...results, ...periods.slice(0, -1)].map((h) => h.col);
  const next = result.col + 1;
  if (!headers.some((h) => h.col === next) && headers.some((h) => h.col > next) && filled(next))
    return { target: target.col, result: next, year: result.year, others: [...others, result.col] };
  return { target: target.col, result: result.col, year: result.year, others };
}

/**
 * The first free column whose header says which way is better, as `{ direction }`, or nothing.
 * Example: "Measure | Polarity | Target | Actual" → `{ direction: 1 }`.
 */
export function directionColumn(headers: ColumnHeader[], taken: Set<number>): { direction?: number } {
  const h = headers.find((x) => !taken.has(x.col) && primary(x) === "direction");
  return h ? { direction: h.col } : {};
}
