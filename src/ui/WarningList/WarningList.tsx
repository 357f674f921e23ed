import { Button } from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Lang, Warning } from "../../core";
import { describeWarning } from "../../core";
import { t } from "../i18n";
import { useSectionStyles } from "../sectionStyles";
import { useWarningListStyles } from "./WarningList.styles";

export interface WarningListProps {
  lang: Lang;
  warnings: Warning[];
  /** Whether the host can select cells (Excel); without it the address stays in the text only. */
  canSelect: boolean;
  onGoTo: (address: string) => void;
}

/** Discrepancies with the reported rates, then other warnings, each with a "go to cell" button. */
export function WarningList({ lang, warnings, canSelect, onGoTo }: WarningListProps) {
  const section = useSectionStyles();
  const styles = useWarningListStyles();
  const ids = [useId(), useId()];
  const groups = [
    { key: "discrepanciesHeading" as const, items: warnings.filter((w) => w.code === "discrepancy") },
    { key: "warningsHeading" as const, items: warnings.filter((w) => w.code !== "discrepancy") },
  ].filter((g) => g.items.length > 0);

  if (groups.length === 0) return <p className={section.note}>{t(lang, "noProblems")}</p>;
  return (
    <>
      {groups.map((group, i) => (
        <div key={group.key} className={styles.group}>
          <h3 id={ids[i]} className={section.subheading}>
            {t(lang, group.key, { count: group.items.length })}
          </h3>
          <ul aria-labelledby={ids[i]} className={styles.list}>
            {group.items.map((warning, j) => (
              <li key={`${warning.code}-${warning.address ?? ""}-${j}`} className={styles.item}>
                <span className={styles.text}>{describeWarning(warning, lang)}</span>
                {canSelect && warning.address && (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<ArrowRightRegular />}
                    iconPosition="after"
                    onClick={() => warning.address && onGoTo(warning.address)}
                  >
                    {t(lang, "goToCell", { address: warning.address })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
