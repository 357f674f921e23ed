import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Direction } from "../../core";
import { useT } from "../i18n";
import { useSectionStyles } from "../sectionStyles";
import type { DirectionRow } from "./useDirectionPanel";

export interface DirectionPanelProps {
  rows: DirectionRow[];
  onChange: (row: number, direction: Direction) => void;
}

/**
 * The indicators whose direction was inferred from their wording or from the reported rates, or set by the user,
 * each with a choice of "higher is better" / "lower is better".
 */
export function DirectionPanel({ rows, onChange }: DirectionPanelProps) {
  const section = useSectionStyles();
  const t = useT();
  return (
    <div className={section.section}>
      <p className={section.note}>{t("directionHint")}</p>
      {rows.map((r) => (
        <Field key={r.row} label={t("directionRow", { row: r.row, label: r.label })}>
          <RadioGroup
            layout="horizontal"
            value={r.direction}
            onChange={(_, data) => onChange(r.row, data.value === "lower" ? "lower" : "higher")}
          >
            <Radio value="higher" label={t("directionHigher")} />
            <Radio value="lower" label={t("directionLower")} />
          </RadioGroup>
        </Field>
      ))}
    </div>
  );
}
