import type { Lang, Status, StatusColors } from "../../core";
import { statusLabel } from "../../core";
import { STATUSES, textOn } from "../statusColors";

/** One bar of the chart: a name and its four counts. */
export interface ChartRow {
  key: string;
  name: string;
  /** Shown beside the name, e.g. "17 dòng chỉ tiêu, đã đánh giá 15": every line, as the bars count them. */
  detail: string;
  counts: Record<Status, number>;
}

/**
 * The chart's bars: non-empty segments with their colours, and a description such as
 * "I. Kinh tế: Vượt 5, Đạt 3, Không đạt 1, Chưa đánh giá 0" for the bar's accessible name.
 */
export function useSummaryChart(rows: ChartRow[], colors: StatusColors, lang: Lang) {
  return rows.map((row) => ({
    key: row.key,
    name: row.name,
    detail: row.detail,
    description: `${row.name}: ${STATUSES.map((s) => `${statusLabel(s, lang)} ${row.counts[s]}`).join(", ")}`,
    segments: STATUSES.filter((s) => row.counts[s] > 0).map((status) => ({
      status,
      count: row.counts[status],
      fill: colors[status],
      text: textOn(colors[status]),
    })),
  }));
}
