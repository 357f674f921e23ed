import { Badge } from "@fluentui/react-components";
import type { StatusColors, Summary } from "../../core";
import { statusLabel } from "../../core";
import { useLang } from "../i18n";
import { STATUSES, statusStyle } from "../statusColors";
import { useStatusBadgesStyles } from "./StatusBadges.styles";

export interface StatusBadgesProps {
  counts: Pick<Summary, "exceeded" | "met" | "notMet" | "notEvaluated">;
  colors: StatusColors;
  /** Accessible name of the list, e.g. "Indicators by status". */
  label: string;
}

/** The four status counts as badges in the status colours, e.g. "Vượt: 5". */
export function StatusBadges({ counts, colors, label }: StatusBadgesProps) {
  const styles = useStatusBadgesStyles();
  const { lang } = useLang();
  return (
    <ul className={styles.list} aria-label={label}>
      {STATUSES.map((status) => (
        <li key={status}>
          <Badge
            appearance="filled"
            shape="rounded"
            size="large"
            className={styles.badge}
            style={statusStyle(colors, status)}
          >
            {`${statusLabel(status, lang)}: ${counts[status]}`}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
