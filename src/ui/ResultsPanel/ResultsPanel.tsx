import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { TableCursorRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, type ReactNode } from "react";
import type { StatusColors } from "../../core";
import { CopyForWord } from "../CopyForWord/CopyForWord";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { useT } from "../i18n";
import { IndicatorList } from "../IndicatorList/IndicatorList";
import { NarrativeBox } from "../NarrativeBox/NarrativeBox";
import type { ComputeOutcome, PortResult } from "../../port";
import { useSectionStyles } from "../sectionStyles";
import { StatusBadges } from "../StatusBadges/StatusBadges";
import { SummaryChart } from "../SummaryChart/SummaryChart";
import { WarningList } from "../WarningList/WarningList";
import { useResultsPanelStyles } from "./ResultsPanel.styles";
import { useResultsPanel } from "./useResultsPanel";

export interface ResultsPanelProps {
  outcome: ComputeOutcome;
  colors: StatusColors;
  /** Whether the host can select ranges (Excel); the file page has no sheet to select in. */
  canSelect: boolean;
  onGoTo: (address: string) => Promise<PortResult<void>>;
  onSelectAppendix: () => Promise<PortResult<void>>;
  /** Extra buttons from the host page (e.g. the downloads), shown beside "Copy for Word". */
  actions?: ReactNode;
}

/**
 * The results, work first: where they went, the report actions (copy for Word, select, download), the counts,
 * the indicators that need a look with "go to cell", then the other warnings, the sections and the narrative.
 */
export function ResultsPanel({ outcome, colors, canSelect, onGoTo, onSelectAppendix, actions }: ResultsPanelProps) {
  const section = useSectionStyles();
  const styles = useResultsPanelStyles();
  const t = useT();
  const headingId = useId();
  const actionsId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Take keyboard and screen-reader focus at the results once they arrive.
  useEffect(() => heading.current?.focus(), []);
  const { analysis } = outcome;
  const r = useResultsPanel(outcome, t, onGoTo, onSelectAppendix);

  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className={section.heading}>
        {t("resultsHeading")}
      </h2>
      <p className={styles.written}>
        {t(canSelect ? "writtenTo" : "writtenToFile", {
          source: analysis.table.sheet,
          appendix: outcome.appendixSheet,
          summary: outcome.summarySheet,
        })}
      </p>
      <div role="group" aria-labelledby={actionsId} className={styles.actions}>
        <span id={actionsId} className={styles.hidden}>
          {t("reportActions")}
        </span>
        <CopyForWord outcome={outcome} onSelectAppendix={canSelect ? onSelectAppendix : null} onResult={r.say} />
        {canSelect && (
          <Button icon={<TableCursorRegular />} onClick={() => void r.selectAppendix()}>
            {t("selectAppendix")}
          </Button>
        )}
        {actions}
      </div>
      <p role="status" className={section.note}>
        {r.said}
      </p>
      {outcome.notices.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("noticesTitle")}</MessageBarTitle>
            {outcome.notices.map((n) => (
              <p key={n.code} className={styles.line}>
                {t(`notice_${n.code}`)}
              </p>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <StatusBadges counts={analysis.summary} colors={colors} label={t("countsHeading")} />
      {r.selectError && <ErrorBar title={t("errorSelect")} error={r.selectError} />}
      <IndicatorList analysis={analysis} colors={colors} canSelect={canSelect} onGoTo={(a) => void r.goTo(a)} />
      <WarningList warnings={analysis.warnings} canSelect={canSelect} onGoTo={(a) => void r.goTo(a)} />
      <h3 className={section.subheading}>{t("chartHeading")}</h3>
      <SummaryChart rows={r.rows} colors={colors} />
      <NarrativeBox text={analysis.narrative} textLang={analysis.lang} />
    </section>
  );
}
