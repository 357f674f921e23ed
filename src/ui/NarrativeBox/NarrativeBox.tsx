import { Button } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import type { Lang } from "../../core";
import { t } from "../i18n";
import { useSectionStyles } from "../sectionStyles";
import { useNarrativeBoxStyles } from "./NarrativeBox.styles";
import { useNarrativeBox } from "./useNarrativeBox";

export interface NarrativeBoxProps {
  lang: Lang;
  text: string;
  /** The narrative's own language (that of the generated sheets), which may differ from the panel's. */
  textLang: Lang;
}

/** The narrative paragraph, ready to paste into the report, with a Copy button. */
export function NarrativeBox({ lang, text, textLang }: NarrativeBoxProps) {
  const section = useSectionStyles();
  const styles = useNarrativeBoxStyles();
  const { paragraph, result, copy } = useNarrativeBox(text);
  return (
    <div className={styles.root}>
      <h3 className={section.subheading}>{t(lang, "narrativeHeading")}</h3>
      {textLang !== lang && <p className={section.note}>{t(lang, `narrativeLang_${textLang}`)}</p>}
      <p ref={paragraph} lang={textLang} className={styles.text}>
        {text}
      </p>
      <div className={section.row}>
        <Button icon={<CopyRegular />} onClick={() => void copy()}>
          {t(lang, "copy")}
        </Button>
        <span role="status" className={section.note}>
          {result && t(lang, result === "copied" ? "copied" : "copySelected")}
        </span>
      </div>
    </div>
  );
}
