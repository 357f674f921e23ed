import { Button, Dropdown, Field, Option, Spinner } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Analysis, Lang, TableLayout } from "../../core";
import { t } from "../i18n";
import type { SheetInfo } from "../../port";
import { useSectionStyles } from "../sectionStyles";
import { useSourcePanelStyles } from "./SourcePanel.styles";

export interface SourcePanelProps {
  lang: Lang;
  sheets: SheetInfo[];
  /** The sheet being read (chosen, or else the active one). */
  sheet: string | null;
  table: TableLayout | null;
  analysis: Analysis | null;
  /** A preview is under way. */
  pending: boolean;
  onSheetChange: (sheet: string) => void;
  onReload: () => void;
}

/** The sheet to read (sheets with a table first, as the port lists them) and where its table was found. */
export function SourcePanel({
  lang,
  sheets,
  sheet,
  table,
  analysis,
  pending,
  onSheetChange,
  onReload,
}: SourcePanelProps) {
  const section = useSectionStyles();
  const styles = useSourcePanelStyles();
  const headingId = useId();
  const label = (info: SheetInfo) => (info.table ? info.name : t(lang, "sheetNoTable", { name: info.name }));
  const selected = sheets.find((s) => s.name === sheet);
  const rows = table
    ? table.headerTop === table.headerBottom
      ? String(table.headerBottom + 1)
      : `${table.headerTop + 1}–${table.headerBottom + 1}`
    : null;

  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>
        {t(lang, "sourceHeading")}
      </h2>
      <div className={styles.pickRow}>
        <Field label={t(lang, "sheetLabel")} className={styles.grow}>
          <Dropdown
            value={selected ? label(selected) : ""}
            placeholder={t(lang, "sheetPlaceholder")}
            selectedOptions={sheet ? [sheet] : []}
            onOptionSelect={(_, data) => data.optionValue && onSheetChange(data.optionValue)}
          >
            {sheets.map((info) => (
              <Option key={info.name} value={info.name} text={label(info)}>
                {label(info)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button icon={<ArrowClockwiseRegular />} onClick={onReload}>
          {t(lang, "reload")}
        </Button>
      </div>
      <div role="status" className={styles.facts}>
        {pending ? (
          <Spinner size="extra-tiny" label={t(lang, "previewing")} />
        ) : (
          table && (
            <>
              <p className={section.note}>{t(lang, "headerRow", { rows: rows ?? "" })}</p>
              {analysis && (
                <p className={section.note}>
                  {t(lang, "tableExtent", {
                    first: table.firstRow + 1,
                    last: table.lastRow + 1,
                    count: analysis.indicators.length,
                  })}
                </p>
              )}
              {table.title && <p className={section.note}>{t(lang, "tableTitle", { title: table.title })}</p>}
            </>
          )
        )}
      </div>
    </section>
  );
}
