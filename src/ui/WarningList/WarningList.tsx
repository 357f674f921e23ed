import { Button } from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Warning } from "../../core";
import { groupWarnings } from "../../core";
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
  // What is said of several cells is one item naming them; its "Đến ô" goes to the first.
  const groups = [
    {
      key: "warningsHeading" as const,
      items: groupWarnings(
        warnings.filter((w) => w.code !== "discrepancy"),
        lang,
      ),
    },
  ].filter((g) => g.items.length > 0);

  if (groups.length === 0) return null;
  return (
    <>
      {groups.map((group, i) => (
        <div key={group.key} className={styles.group}>
          <h3 id={ids[i]} className={section.subheading}>
            {t(group.key, { count: group.items.length })}
          </h3>
          <ul aria-labelledby={ids[i]} className={styles.list}>
            {group.items.map(({ text, first }, j) => (
              <li key={`${first.code}-${first.address ?? ""}-${j}`} className={styles.item}>
                <span className={styles.text}>{text}</span>
                {canSelect && first.address && (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<ArrowRightRegular />}
                    iconPosition="after"
                    onClick={() => first.address && onGoTo(first.address)}
                  >
                    {t("goToCell", { address: first.address })}
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
