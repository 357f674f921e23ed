import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { DocumentArrowDownRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { ComputeOutcome } from "../../port";
import { useT } from "../../ui";
import type { OutputFile } from "../createFilePort";
import { useDownloadWord } from "./useDownloadWord";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    maxWidth: "320px",
  },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0, overflowWrap: "anywhere" },
});

export interface DownloadWordButtonProps {
  outcome: ComputeOutcome;
  /** The open workbook's name; the report is named after it. */
  fileName: string;
  onSave: (file: OutputFile) => void;
}

/** "Download Word": the appendix and the narrative as an A4 Word document (Nghị định 30/2020 layout). */
export function DownloadWordButton({ outcome, fileName, onSave }: DownloadWordButtonProps) {
  const styles = useStyles();
  const t = useT();
  const hintId = useId();
  const word = useDownloadWord(outcome, fileName, onSave);
  if (!word.available) return null;
  return (
    <div className={styles.root}>
      <Button
        icon={word.busy ? <Spinner size="tiny" /> : <DocumentArrowDownRegular />}
        aria-describedby={hintId}
        disabledFocusable={word.busy}
        onClick={() => void word.save()}
      >
        {t(word.busy ? "preparingWord" : "downloadWord")}
      </Button>
      <p id={hintId} className={styles.hint}>
        {t("downloadWordHint", { name: word.name })}
      </p>
      {word.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("errorWord")}</MessageBarTitle>
            {word.error}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
