import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { t as translate, useLang, useT } from "../i18n";
import { useLanguageSwitchStyles } from "./LanguageSwitch.styles";

/** Picks the language of the panel itself (not of the generated sheets). Each language is named in itself. */
export function LanguageSwitch() {
  const styles = useLanguageSwitchStyles();
  const { lang, setLang } = useLang();
  const t = useT();
  const names: Record<Lang, string> = { vi: translate("vi", "langVi"), en: translate("en", "langEn") };
  return (
    <Field label={t("uiLanguage")} orientation="horizontal" size="small" className={styles.field}>
      <Dropdown
        size="small"
        className={styles.dropdown}
        value={names[lang]}
        selectedOptions={[lang]}
        clearButton={{ "aria-label": t("clearSelection") }}
        onOptionSelect={(_, data) => {
          if (data.optionValue === "vi" || data.optionValue === "en") setLang(data.optionValue);
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
