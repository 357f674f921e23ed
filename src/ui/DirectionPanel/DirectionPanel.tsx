import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useId } from "react";
import type { Analysis, Direction, Lang } from "../../core";
import { t } from "../i18n";
import { useSectionStyles } from "../sectionStyles";
import { useDirectionPanel } from "./useDirectionPanel";

export interface DirectionPanelProps {
  lang: Lang;
  analysis: Analysis | null;
  onChange: (row: number, direction: Direction) => void;
}

/**
 * The indicators whose direction was inferred from their wording or from the reported rates, or set by the user,
 * each with a choice of "higher is better" / "lower is better"; hidden when there are none.
 */
export function DirectionPanel({ lang, analysis, onChange }: DirectionPanelProps) {
  const section = useSectionStyles();
  const headingId = useId();
  const rows = useDirectionPanel(analysis);
  if (rows.length === 0) return null;
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>
        {t(lang, "directionHeading")}
      </h2>
      <p className={section.note}>{t(lang, "directionHint")}</p>
      {rows.map((r) => (
        <Field key={r.row} label={t(lang, "directionRow", { row: r.row, label: r.label })}>
          <RadioGroup
            layout="horizontal"
            value={r.direction}
            onChange={(_, data) => onChange(r.row, data.value === "lower" ? "lower" : "higher")}
          >
            <Radio value="higher" label={t(lang, "directionHigher")} />
            <Radio value="lower" label={t(lang, "directionLower")} />
          </RadioGroup>
        </Field>
      ))}
    </section>
  );
}
