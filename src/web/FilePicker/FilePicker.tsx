import { Button, mergeClasses, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { DocumentArrowUpRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { useT } from "../../ui";
import { useFilePickerStyles } from "./FilePicker.styles";
import { useFilePicker } from "./useFilePicker";

export interface FilePickerProps {
  /** The smaller form shown above the panel once a file is open. */
  compact?: boolean;
  /** While the sample file is being fetched. */
  loadingSample?: boolean;
  /** A problem to show under the buttons (e.g. the sample could not be fetched). */
  error?: string | null;
  onFile: (file: File) => void;
  onSample: () => void;
}

/**
 * Where a workbook comes in: a drop zone with a "Choose a file" button (the keyboard path) and "Try the sample".
 * The file input itself stays hidden; the button opens it.
 */
export function FilePicker({ compact = false, loadingSample = false, error, onFile, onSample }: FilePickerProps) {
  const styles = useFilePickerStyles();
  const t = useT();
  const labelId = useId();
  const { input, dragging, droppedNothing, choose, onChange, onDragOver, onDragLeave, onDrop } = useFilePicker(onFile);
  const problem = error ?? (droppedNothing ? t("dropNothing") : null);
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      className={mergeClasses(styles.zone, compact && styles.compact, dragging && styles.dragging)}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <p id={labelId} className={styles.text}>
        {t(dragging ? "dropActive" : "dropHere")}
      </p>
      <input
        ref={input}
        type="file"
        hidden
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t("dropZone")}
        onChange={onChange}
      />
      <div className={styles.buttons}>
        <Button appearance={compact ? "secondary" : "primary"} icon={<DocumentArrowUpRegular />} onClick={choose}>
          {t(compact ? "chooseAnother" : "chooseFile")}
        </Button>
        <Button
          icon={loadingSample ? <Spinner size="tiny" /> : <DocumentTableRegular />}
          disabled={loadingSample}
          onClick={onSample}
        >
          {t(loadingSample ? "loadingSample" : "trySample")}
        </Button>
      </div>
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
