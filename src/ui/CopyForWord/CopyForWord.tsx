import { Button } from "@fluentui/react-components";
import { DocumentCopyRegular } from "@fluentui/react-icons";
import { useT, type UiKey } from "../i18n";
import type { ComputeOutcome, PortResult } from "../../port";
import { useCopyForWord, type CopyForWordResult } from "./useCopyForWord";

export interface CopyForWordProps {
  outcome: ComputeOutcome;
  /** Selects the appendix sheet's table when the clipboard is refused (Excel), or null (a file). */
  onSelectAppendix: (() => Promise<PortResult<void>>) | null;
  /** Where the outcome of the last copy is said (a status line the results panel owns). */
  onResult?: (text: string) => void;
}

const RESULT_TEXT: Record<CopyForWordResult, UiKey> = {
  copied: "copiedForWord",
  selected: "copyForWordSelected",
  refused: "copyForWordRefused",
  none: "copyForWordNone",
};

/** "Copy for Word": the appendix table on the clipboard as HTML (for Word) and tab-separated text. */
export function CopyForWord({ outcome, onSelectAppendix, onResult }: CopyForWordProps) {
  const t = useT();
  const { copy } = useCopyForWord(outcome, onSelectAppendix, (result) => onResult?.(t(RESULT_TEXT[result])));
  return (
    <Button
      appearance="primary"
      icon={<DocumentCopyRegular />}
      onClick={(event) => void copy(event.currentTarget.ownerDocument)}
    >
      {t("copyForWord")}
    </Button>
  );
}
