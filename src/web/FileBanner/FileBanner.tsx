import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { FilePicker } from "../FilePicker/FilePicker";
import { tw } from "../webStrings";
import { useFileBannerStyles } from "./FileBanner.styles";

export interface FileBannerProps {
  lang: Lang;
  /** The open file's name, or null on the first screen. */
  fileName: string | null;
  loadingSample: boolean;
  /** Why the sample could not be fetched (an HTTP status or a network message), or null. */
  sampleError: string | null;
  onFile: (file: File) => void;
  onSample: () => void;
}

/** Says the page runs outside Excel and nothing is uploaded, names the open file and takes another one. */
export function FileBanner({ lang, fileName, loadingSample, sampleError, onFile, onSample }: FileBannerProps) {
  const styles = useFileBannerStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{tw(lang, "outsideExcelTitle")}</MessageBarTitle>
          <p className={styles.line}>{tw(lang, "outsideExcel")}</p>
        </MessageBarBody>
      </MessageBar>
      {fileName && <p className={styles.file}>{tw(lang, "currentFile", { name: fileName })}</p>}
      <FilePicker
        lang={lang}
        compact={fileName !== null}
        loadingSample={loadingSample}
        error={sampleError === null ? null : tw(lang, "sampleFailed", { detail: sampleError })}
        onFile={onFile}
        onSample={onSample}
      />
    </div>
  );
}
