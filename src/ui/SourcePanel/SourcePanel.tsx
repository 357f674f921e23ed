import { Button, Dropdown, Field, Option, Spinner, Tooltip } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { Analysis, TableLayout } from "../../core";
import { useT } from "../i18n";
import type { SheetInfo } from "../../port";
import { useSectionStyles } from "../sectionStyles";
import { useSourcePanelStyles } from "./SourcePanel.styles";

export interface SourcePanelProps {
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
export function SourcePanel({ sheets, sheet, table, analysis, pending, onSheetChange, onReload }: SourcePanelProps) {
  const section = useSectionStyles();
  const styles = useSourcePanelStyles();
  const t = useT();
  const label = (info: SheetInfo) => (info.table ? info.name : t("sheetNoTable", { name: info.name }));
  const selected = sheets.find((s) => s.name === sheet);
  const rows = table
    ? table.headerTop === table.headerBottom
      ? String(table.headerBottom + 1)
      : `${table.headerTop + 1}–${table.headerBottom + 1}`
    : null;

  return (
    <div className={styles.root}>
      <div className={styles.pickRow}>
        <Field label={t("sheetLabel")} className={styles.grow}>
          <Dropdown
            value={selected ? label(selected) : ""}
            placeholder={t("sheetPlaceholder")}
            selectedOptions={sheet ? [sheet] : []}
            clearButton={{ "aria-label": t("clearSelection") }}
            onOptionSelect={(_, data) => data.optionValue && onSheetChange(data.optionValue)}
          >
            {sheets.map((info) => (
              <Option key={info.name} value={info.name} text={label(info)}>
                {label(info)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Tooltip content={t("reload")} relationship="label">
          <Button icon={<ArrowClockwiseRegular />} onClick={onReload} />
        </Tooltip>
      </div>
      <div role="status" className={styles.facts}>
        {pending ? (
          <Spinner size="extra-tiny" label={t("previewing")} />
        ) : (
          table && (
            <p className={section.note}>
              {[
                table.title && t("tableTitle", { title: table.title }),
                t("headerRow", { rows: rows ?? "" }),
                analysis &&
                  t("tableExtent", {
                    first: table.firstRow + 1,
                    last: table.lastRow + 1,
                    count: analysis.indicators.length,
                  }),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          )
        )}
      </div>
    </div>
  );
}
