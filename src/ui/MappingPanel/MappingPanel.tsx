import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
} from "@fluentui/react-components";
import { useId } from "react";
import type { ColumnMapping, Lang, Settings, TableLayout } from "../../core";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { t } from "../i18n";
import type { PortError } from "../../port";
import { useSectionStyles } from "../sectionStyles";
import { useMappingPanelStyles } from "./MappingPanel.styles";
import { useMappingPanel } from "./useMappingPanel";

export interface MappingPanelProps {
  lang: Lang;
  /** The table as last previewed (overrides applied), or as detected when the preview failed. */
  table: TableLayout | null;
  /** Columns as the engine detected them without overrides. */
  detected: ColumnMapping | null;
  mapping: Settings["mapping"];
  /** Why the last preview failed (e.g. no table, a bad column), shown as the missing-column warning. */
  error: PortError | null;
  onChange: (mapping: Settings["mapping"]) => void;
}

/** Which column holds the label, target, result, attainment and notes; each editable from the table's columns. */
export function MappingPanel({ lang, table, detected, mapping, error, onChange }: MappingPanelProps) {
  const section = useSectionStyles();
  const styles = useMappingPanelStyles();
  const headingId = useId();
  const { columns, optionText, pickers, duplicates, choose, canReset } = useMappingPanel(
    lang,
    table,
    detected,
    mapping,
    onChange,
  );

  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>
        {t(lang, "mappingHeading")}
      </h2>
      {error && <ErrorBar lang={lang} title={t(lang, "mappingMissingTitle")} error={error} intent="warning" />}
      {table && (
        <>
          <p className={section.note}>{t(lang, "mappingHint")}</p>
          <div className={styles.grid}>
            {pickers.map((picker) => (
              <Field key={picker.role} label={picker.label} hint={picker.hint}>
                <Dropdown
                  value={picker.value === undefined ? "" : optionText(picker.value)}
                  placeholder={picker.placeholder}
                  selectedOptions={picker.value === undefined ? [] : [String(picker.value)]}
                  onOptionSelect={(_, data) => data.optionValue && choose(picker.role, Number(data.optionValue))}
                >
                  {columns.map((h) => (
                    <Option key={h.col} value={String(h.col)} text={optionText(h.col)}>
                      {optionText(h.col)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            ))}
          </div>
          {duplicates.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t(lang, "mappingMissingTitle")}</MessageBarTitle>
                {duplicates.map((text) => (
                  <p key={text} className={styles.line}>
                    {text}
                  </p>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          {canReset && (
            <div>
              <Button onClick={() => onChange({})}>{t(lang, "resetMapping")}</Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
