import { useState } from "react";
import type { Translate } from "../i18n";
import type { ComputeOutcome, PortError, PortResult } from "../../port";
import { settle } from "../settle";
import type { ChartRow } from "../SummaryChart/useSummaryChart";

/**
 * The results' derived rows (whole table, then sections) and the feedback of their actions:
 * a failed selection becomes a message bar; a copy or a selected appendix a line in the status area.
 */
export function useResultsPanel(
  outcome: ComputeOutcome,
  t: Translate,
  onGoTo: (address: string) => Promise<PortResult<void>>,
  onSelectAppendix: () => Promise<PortResult<void>>,
) {
  const [selectError, setSelectError] = useState<PortError | null>(null);
  const [said, setSaid] = useState("");
  const { summary } = outcome.analysis;

  const detail = (total: number, evaluated: number) => t("indicatorCount", { total, evaluated });
  const rows: ChartRow[] = [
    { key: "", name: t("overall"), detail: detail(summary.total, summary.evaluated), counts: summary },
    ...summary.sections.map((s) => ({
      key: s.key,
      name: s.caption ? s.label : t("sectionName", { key: s.key, label: s.label }),
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
    setSaid(r.ok ? t("appendixSelected") : "");
  };

  return { rows, selectError, said, say: setSaid, goTo, selectAppendix };
}
