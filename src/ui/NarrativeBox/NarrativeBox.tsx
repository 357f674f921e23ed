import { Button } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import type { Lang } from "../../core";
import { useLang, useT } from "../i18n";
import { useSectionStyles } from "../sectionStyles";
import { useNarrativeBoxStyles } from "./NarrativeBox.styles";
import { useNarrativeBox } from "./useNarrativeBox";

export interface NarrativeBoxProps {
  text: string;
  /** The narrative's own language (that of the generated sheets), which may differ from the panel's. */
  textLang: Lang;
}

/** The narrative paragraph, ready to paste into the report, with a Copy button. */
export function NarrativeBox({ text, textLang }: NarrativeBoxProps) {
  const section = useSectionStyles();
  const styles = useNarrativeBoxStyles();
  const { lang } = useLang();
  const t = useT();
  const { paragraph, result, copy } = useNarrativeBox(text);
  return (
    <div className={styles.root}>
      <h3 className={section.subheading}>{t("narrativeHeading")}</h3>
      {textLang !== lang && <p className={section.note}>{t(`narrativeLang_${textLang}`)}</p>}
      <p ref={paragraph} lang={textLang} className={styles.text}>
        {text}
      </p>
      <div className={section.row}>
        <Button icon={<CopyRegular />} onClick={() => void copy()}>
          {t("copy")}
        </Button>
        <span role="status" className={section.note}>
          {result && t(result === "copied" ? "copied" : "copySelected")}
        </span>
      </div>
    </div>
  );
}
