import { Checkbox, Field, Radio, RadioGroup, SpinButton, Switch } from "@fluentui/react-components";
import { useId } from "react";
import type { Analysis, Lang, Settings } from "../../core";
import { statusLabel } from "../../core";
import { t } from "../i18n";
import { useSectionStyles } from "../sectionStyles";
import { STATUSES } from "../statusColors";
import { useOptionsPanelStyles } from "./OptionsPanel.styles";
import { useOptionsPanel } from "./useOptionsPanel";

export interface OptionsPanelProps {
  lang: Lang;
  settings: Settings;
  /** The last preview, for what "auto" inferred. */
  analysis: Analysis | null;
  onChange: (patch: Partial<Settings>) => void;
}

/** Method (with what "auto" inferred), decimals, language of the generated sheets, status colours, live formulas. */
export function OptionsPanel({ lang, settings, analysis, onChange }: OptionsPanelProps) {
  const section = useSectionStyles();
  const styles = useOptionsPanelStyles();
  const headingId = useId();
  const o = useOptionsPanel(settings, analysis, lang, onChange);

  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>
        {t(lang, "optionsHeading")}
      </h2>
      <Field label={t(lang, "methodLabel")} hint={o.methodHint}>
        <RadioGroup value={settings.method} onChange={(_, data) => o.setMethod(data.value)}>
          <Radio value="auto" label={t(lang, "methodAuto")} />
          <Radio value="points" label={t(lang, "methodPoints")} />
          <Radio value="ratio" label={t(lang, "methodRatio")} />
        </RadioGroup>
      </Field>
      <div className={styles.decimals}>
        <Field label={t(lang, "decimalsLabel")} hint={o.decimalsHint}>
          <SpinButton
            className={styles.spin}
            min={0}
            max={4}
            value={settings.decimals === "auto" ? (analysis?.decimals ?? 0) : settings.decimals}
            onChange={(_, data) => o.setDecimals(data)}
          />
        </Field>
        <Checkbox
          checked={settings.decimals === "auto"}
          label={t(lang, "decimalsAuto")}
          onChange={(_, data) => o.setDecimalsAuto(data.checked === true)}
        />
      </div>
      <Field label={t(lang, "sheetLangLabel")} hint={t(lang, "sheetLangHint")}>
        <RadioGroup layout="horizontal" value={settings.lang} onChange={(_, data) => o.setSheetLang(data.value)}>
          <Radio value="vi" label={<span lang="vi">{t(lang, "langVi")}</span>} />
          <Radio value="en" label={<span lang="en">{t(lang, "langEn")}</span>} />
        </RadioGroup>
      </Field>
      <fieldset className={styles.colors}>
        <legend className={styles.legend}>{t(lang, "colorsLegend")}</legend>
        {STATUSES.map((status) => (
          <label key={status} className={styles.color}>
            <input
              type="color"
              className={styles.swatch}
              value={settings.colors[status].toLowerCase()}
              onChange={(e) => o.setColor(status, e.target.value)}
            />
            {statusLabel(status, lang)}
          </label>
        ))}
      </fieldset>
      <Switch
        checked={settings.liveFormulas}
        label={t(lang, "liveFormulas")}
        onChange={(_, data) => o.setLiveFormulas(data.checked)}
      />
    </section>
  );
}
