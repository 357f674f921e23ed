import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { t } from "../i18n";
import { useLanguageSwitchStyles } from "./LanguageSwitch.styles";

export interface LanguageSwitchProps {
  lang: Lang;
  onChange: (lang: Lang) => void;
}

/** Picks the language of the panel itself (not of the generated sheets). Each language is named in itself. */
export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps) {
  const styles = useLanguageSwitchStyles();
  const names: Record<Lang, string> = { vi: t(lang, "langVi"), en: t(lang, "langEn") };
  return (
    <Field label={t(lang, "uiLanguage")} orientation="horizontal" size="small" className={styles.field}>
      <Dropdown
        size="small"
        className={styles.dropdown}
        value={names[lang]}
        selectedOptions={[lang]}
        onOptionSelect={(_, data) => {
          if (data.optionValue === "vi" || data.optionValue === "en") onChange(data.optionValue);
        }}
      >
        <Option value="vi" lang="vi">
          {names.vi}
        </Option>
        <Option value="en" lang="en">
          {names.en}
        </Option>
      </Dropdown>
    </Field>
  );
}
