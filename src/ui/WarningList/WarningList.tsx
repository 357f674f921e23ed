import { Button } from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Warning } from "../../core";
import { describeWarning } from "../../core";
import { useLang, useT } from "../i18n";
import { useSectionStyles } from "../sectionStyles";
import { useWarningListStyles } from "./WarningList.styles";

export interface WarningListProps {
  warnings: Warning[];
  /** Whether the host can select cells (Excel); without it the address stays in the text only. */
  canSelect: boolean;
  onGoTo: (address: string) => void;
}

/** Warnings other than the discrepancies (which the indicator list shows), each with a "go to cell" button. */
export function WarningList({ warnings, canSelect, onGoTo }: WarningListProps) {
  const section = useSectionStyles();
  const styles = useWarningListStyles();
  const { lang } = useLang();
  const t = useT();
  const ids = [useId()];
  const groups = [{ key: "warningsHeading" as const, items: warnings.filter((w) => w.code !== "discrepancy") }].filter(
    (g) => g.items.length > 0,
  );

  if (groups.length === 0) return null;
  return (
    <>
      {groups.map((group, i) => (
        <div key={group.key} className={styles.group}>
          <h3 id={ids[i]} className={section.subheading}>
            {t(group.key, { count: group.items.length })}
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
                    {t("goToCell", { address: warning.address })}
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
