import { useState } from "react";
import type { ComputeOutcome } from "../../port";
import { reportFileName } from "../../report";
import type { OutputFile } from "../createFilePort";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * "Download Word": builds the report (.docx) from the run's appendix plan and narrative on demand. The docx
 * package is loaded only now, as its own chunk, so it costs the page nothing until the first click.
 */
export function useDownloadWord(outcome: ComputeOutcome, fileName: string, onSave: (file: OutputFile) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = reportFileName(fileName, outcome.analysis.lang);
  const save = async () => {
    if (!outcome.appendix || busy) return;
    setBusy(true);
    setError(null);
    try {
      const { buildReportDocx } = await import(/* webpackChunkName: "report-docx" */ "../../report/buildReportDocx");
      const { analysis } = outcome;
      const bytes = await buildReportDocx({
        appendix: outcome.appendix,
        narrative: analysis.narrative,
        lang: analysis.lang,
      });
      onSave({ name, bytes, type: DOCX_TYPE });
    } catch (thrown) {
      setError(thrown instanceof Error ? thrown.message : String(thrown));
    } finally {
      setBusy(false);
    }
  };
  return { name, busy, error, save, available: outcome.appendix !== null };
}
