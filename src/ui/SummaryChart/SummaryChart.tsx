import type { StatusColors } from "../../core";
import { useLang } from "../i18n";
import { useSummaryChartStyles } from "./SummaryChart.styles";
import { useSummaryChart, type ChartRow } from "./useSummaryChart";

export interface SummaryChartProps {
  rows: ChartRow[];
  colors: StatusColors;
}

/**
 * One horizontal stacked bar per row (whole table, then each section) in the status colours. Each bar is an
 * image whose accessible name gives the numbers, since colour alone carries nothing for a screen reader.
 */
export function SummaryChart({ rows, colors }: SummaryChartProps) {
  const styles = useSummaryChartStyles();
  const { lang } = useLang();
  const bars = useSummaryChart(rows, colors, lang);
  return (
    <div className={styles.root}>
      {bars.map((bar) => (
        <div key={bar.key} className={styles.row}>
          <div className={styles.caption} aria-hidden="true">
            <span className={styles.name}>{bar.name}</span>
            <span className={styles.detail}>{bar.detail}</span>
          </div>
          <div role="img" aria-label={bar.description} className={styles.bar}>
            {bar.segments.map((segment) => (
              <span
                key={segment.status}
                className={styles.segment}
                style={{ flexGrow: segment.count, backgroundColor: segment.fill, color: segment.text }}
              >
                {segment.count}
              </span>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
