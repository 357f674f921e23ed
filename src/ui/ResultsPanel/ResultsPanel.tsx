import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { TableCursorRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, type ReactNode } from "react";
import type { Lang, StatusColors } from "../../core";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { t } from "../i18n";
import { NarrativeBox } from "../NarrativeBox/NarrativeBox";
import type { ComputeOutcome, PortResult } from "../../port";
import { useSectionStyles } from "../sectionStyles";
import { StatusBadges } from "../StatusBadges/StatusBadges";
import { SummaryChart } from "../SummaryChart/SummaryChart";
import { WarningList } from "../WarningList/WarningList";
import { useResultsPanelStyles } from "./ResultsPanel.styles";
import { useResultsPanel } from "./useResultsPanel";

export interface ResultsPanelProps {
  lang: Lang;
  outcome: ComputeOutcome;
  colors: StatusColors;
  /** Whether the host can select ranges (Excel); the file page has no sheet to select in. */
  canSelect: boolean;
  onGoTo: (address: string) => Promise<PortResult<void>>;
  onSelectAppendix: () => Promise<PortResult<void>>;
  /** Extra buttons from the host page (e.g. Download). */
  actions?: ReactNode;
}

/** Counts by status overall and per section, warnings with "go to cell", the narrative, and notices about the write. */
export function ResultsPanel({
  lang,
  outcome,
  colors,
  canSelect,
  onGoTo,
  onSelectAppendix,
  actions,
}: ResultsPanelProps) {
  const section = useSectionStyles();
  const styles = useResultsPanelStyles();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The results appear below a long form: take keyboard and screen-reader focus there once they arrive.
  useEffect(() => heading.current?.focus(), []);
  const { analysis } = outcome;
  const r = useResultsPanel(outcome, lang, onGoTo, onSelectAppendix);

  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className={section.heading}>
        {t(lang, "resultsHeading")}
      </h2>
      <p className={styles.written}>
        {t(lang, canSelect ? "writtenTo" : "writtenToFile", {
          source: analysis.table.sheet,
          appendix: outcome.appendixSheet,
          summary: outcome.summarySheet,
        })}
      </p>
      {outcome.notices.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "noticesTitle")}</MessageBarTitle>
            {outcome.notices.map((n) => (
              <p key={n.code} className={styles.line}>
                {t(lang, `notice_${n.code}`)}
              </p>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <h3 className={section.subheading}>{t(lang, "countsHeading")}</h3>
      <StatusBadges lang={lang} counts={analysis.summary} colors={colors} label={t(lang, "countsHeading")} />
      <SummaryChart lang={lang} rows={r.rows} colors={colors} />
      {r.selectError && <ErrorBar lang={lang} title={t(lang, "errorSelect")} error={r.selectError} />}
      <WarningList lang={lang} warnings={analysis.warnings} canSelect={canSelect} onGoTo={(a) => void r.goTo(a)} />
      <NarrativeBox lang={lang} text={analysis.narrative} textLang={analysis.lang} />
      <div className={section.row}>
        {canSelect && (
          <Button icon={<TableCursorRegular />} onClick={() => void r.selectAppendix()}>
            {t(lang, "selectAppendix")}
          </Button>
        )}
        {actions}
      </div>
      <p role="status" className={section.note}>
        {r.appendixSelected && t(lang, "appendixSelected")}
      </p>
    </section>
  );
}
