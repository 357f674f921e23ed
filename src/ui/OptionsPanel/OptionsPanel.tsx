import { Checkbox, Field, Radio, RadioGroup, SpinButton, Switch, Textarea } from "@fluentui/react-components";
import type { Analysis, Settings } from "../../core";
import { statusLabel } from "../../core";
import { t as translate, useLang, useT } from "../i18n";
import { useSectionStyles } from "../sectionStyles";
import { STATUSES } from "../statusColors";
import { useOptionsPanelStyles } from "./OptionsPanel.styles";
import { useOptionsPanel } from "./useOptionsPanel";

export interface OptionsPanelProps {
  settings: Settings;
  /** The last preview, for what "auto" inferred. */
  analysis: Analysis | null;
  onChange: (patch: Partial<Settings>) => void;
}

/**
 * Method (with what "auto" inferred), decimals, language of the generated sheets, status colours, live formulas,
 * and the caption above the appendix's title.
 */
export function OptionsPanel({ settings, analysis, onChange }: OptionsPanelProps) {
  const section = useSectionStyles();
  const styles = useOptionsPanelStyles();
  const t = useT();
  const { lang } = useLang();
  const o = useOptionsPanel(settings, analysis, t, onChange);

  return (
    <div className={section.section}>
      <Field label={t("methodLabel")} hint={o.methodHint}>
        <RadioGroup value={settings.method} onChange={(_, data) => o.setMethod(data.value)}>
          <Radio value="auto" label={t("methodAuto")} />
          <Radio value="points" label={t("methodPoints")} />
          <Radio value="ratio" label={t("methodRatio")} />
        </RadioGroup>
      </Field>
      <div className={styles.decimals}>
        <Field label={t("decimalsLabel")} hint={o.decimalsHint}>
          <SpinButton
            className={styles.spin}
            min={0}
            max={4}
            value={settings.decimals === "auto" ? (analysis?.decimals ?? 0) : settings.decimals}
            incrementButton={{ "aria-label": t("incrementValue") }}
            decrementButton={{ "aria-label": t("decrementValue") }}
            onChange={(_, data) => o.setDecimals(data)}
          />
        </Field>
        <Checkbox
          checked={settings.decimals === "auto"}
          label={t("decimalsAuto")}
          onChange={(_, data) => o.setDecimalsAuto(data.checked === true)}
        />
      </div>
      <Field label={t("sheetLangLabel")} hint={t("sheetLangHint")}>
        <RadioGroup layout="horizontal" value={settings.lang} onChange={(_, data) => o.setSheetLang(data.value)}>
          <Radio value="vi" label={<span lang="vi">{translate("vi", "langVi")}</span>} />
          <Radio value="en" label={<span lang="en">{translate("en", "langEn")}</span>} />
        </RadioGroup>
      </Field>
      <fieldset className={styles.colors}>
        <legend className={styles.legend}>{t("colorsLegend")}</legend>
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
        label={t("liveFormulas")}
        onChange={(_, data) => o.setLiveFormulas(data.checked)}
      />
      <Field label={t("captionLabel")} hint={t("captionHint")}>
        <Textarea
          resize="vertical"
          rows={2}
          value={settings.appendixCaption}
          onChange={(_, data) => o.setCaption(data.value)}
        />
      </Field>
    </div>
  );
}
