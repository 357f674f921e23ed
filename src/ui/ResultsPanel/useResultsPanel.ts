import { useState } from "react";
import type { Lang } from "../../core";
import { t } from "../i18n";
import type { ComputeOutcome, PortError, PortResult } from "../../port";
import { settle } from "../settle";
import type { ChartRow } from "../SummaryChart/useSummaryChart";

/**
 * The results' derived rows (whole table, then sections) and the feedback of their actions:
 * a failed selection becomes a message bar, a selected appendix a hint to press Ctrl+C.
 */
export function useResultsPanel(
  outcome: ComputeOutcome,
  lang: Lang,
  onGoTo: (address: string) => Promise<PortResult<void>>,
  onSelectAppendix: () => Promise<PortResult<void>>,
) {
  const [selectError, setSelectError] = useState<PortError | null>(null);
  const [appendixSelected, setAppendixSelected] = useState(false);
  const { summary } = outcome.analysis;

  const detail = (total: number, evaluated: number) => t(lang, "indicatorCount", { total, evaluated });
  const rows: ChartRow[] = [
    { key: "", name: t(lang, "overall"), detail: detail(summary.total, summary.evaluated), counts: summary },
    ...summary.sections.map((s) => ({
      key: s.key,
      name: t(lang, "sectionName", { key: s.key, label: s.label }),
      detail: detail(s.total, s.evaluated),
      counts: s,
    })),
  ];

  const goTo = async (address: string) => {
    const r = await settle(() => onGoTo(address));
    setSelectError(r.ok ? null : r.error);
  };
  const selectAppendix = async () => {
    const r = await settle(onSelectAppendix);
    setSelectError(r.ok ? null : r.error);
    setAppendixSelected(r.ok);
  };

  return { rows, selectError, appendixSelected, goTo, selectAppendix };
}
