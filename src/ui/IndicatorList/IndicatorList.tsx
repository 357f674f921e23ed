import { Badge, Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Analysis, StatusColors } from "../../core";
import { statusLabel } from "../../core";
import { useLang, useT } from "../i18n";
import { useSectionStyles } from "../sectionStyles";
import { statusStyle } from "../statusColors";
import { FILTERS, type IndicatorFilter } from "./listIndicators";
import { useIndicatorListStyles } from "./IndicatorList.styles";
import { useIndicatorList } from "./useIndicatorList";

export interface IndicatorListProps {
  analysis: Analysis;
  colors: StatusColors;
  /** Whether the host can select cells (Excel); without it the row number stays in the text only. */
  canSelect: boolean;
  onGoTo: (address: string) => void;
}

/** Indicator by indicator, filtered (needs a look, not met, differences, not evaluated, all): rate, status, "go to cell". */
export function IndicatorList({ analysis, colors, canSelect, onGoTo }: IndicatorListProps) {
  const section = useSectionStyles();
  const styles = useIndicatorListStyles();
  const { lang } = useLang();
  const t = useT();
  const headingId = useId();
  const list = useIndicatorList(analysis);
  const filterText = (f: IndicatorFilter) => t(`filter_${f}`, { count: list.counts[f] });

  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <h3 id={headingId} className={section.subheading}>
          {t("listHeading")}
        </h3>
        <Field label={t("filterLabel")} orientation="horizontal" size="small" className={styles.filter}>
          <Dropdown
            size="small"
            className={styles.dropdown}
            value={filterText(list.filter)}
            selectedOptions={[list.filter]}
            clearButton={{ "aria-label": t("clearSelection") }}
            onOptionSelect={(_, data) => {
              const next = FILTERS.find((f) => f === data.optionValue);
              if (next) list.choose(next);
            }}
          >
            {FILTERS.map((f) => (
              <Option key={f} value={f} text={filterText(f)}>
                {filterText(f)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      {list.items.length === 0 ? (
        <p className={section.note}>{t("listEmpty")}</p>
      ) : (
        <ul aria-labelledby={headingId} className={styles.list}>
          {list.items.map((item) => (
            <li key={item.key} className={styles.item}>
              <span className={styles.label}>{item.label}</span>
              <span className={styles.facts}>
                <span className={section.note}>
                  {[
                    t("listRow", { row: item.row }),
                    item.rate === null ? t("listNoRate") : t("listRate", { rate: item.rate }),
                    item.reported !== null && t("listReported", { reported: item.reported }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
                <Badge
                  appearance="filled"
                  shape="rounded"
                  className={styles.badge}
                  style={statusStyle(colors, item.status)}
                >
                  {statusLabel(item.status, lang)}
                </Badge>
                {canSelect && (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<ArrowRightRegular />}
                    iconPosition="after"
                    className={styles.goTo}
                    onClick={() => onGoTo(item.address)}
                  >
                    {t("goToCell", { address: item.address })}
                  </Button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {list.more > 0 && (
        <div>
          <Button size="small" onClick={list.showMore}>
            {t("listMore", { count: Math.min(list.more, 50) })}
          </Button>
        </div>
      )}
    </div>
  );
}
