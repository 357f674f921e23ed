import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { FilePicker } from "../FilePicker/FilePicker";
import { useT } from "../../ui";
import { useFileBannerStyles } from "./FileBanner.styles";

export interface FileBannerProps {
  /** The open file's name, or null on the first screen. */
  fileName: string | null;
  loadingSample: boolean;
  /** Why the sample could not be fetched (an HTTP status or a network message), or null. */
  sampleError: string | null;
  onFile: (file: File) => void;
  onSample: () => void;
}

/** Says the page runs outside Excel and nothing is uploaded, names the open file and takes another one. */
export function FileBanner({ fileName, loadingSample, sampleError, onFile, onSample }: FileBannerProps) {
  const styles = useFileBannerStyles();
  const t = useT();
  return (
    <div className={styles.root}>
      {fileName === null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("outsideExcelTitle")}</MessageBarTitle>
            <p className={styles.line}>{t("outsideExcel")}</p>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <p className={styles.note}>{t("outsideExcelShort")}</p>
      )}
      {fileName && <p className={styles.file}>{t("currentFile", { name: fileName })}</p>}
      <FilePicker
        compact={fileName !== null}
        loadingSample={loadingSample}
        error={sampleError === null ? null : t("sampleFailed", { detail: sampleError })}
        onFile={onFile}
        onSample={onSample}
      />
    </div>
  );
}
