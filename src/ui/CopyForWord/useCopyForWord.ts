import { renderAppendixHtml } from "../../report";
import type { ComputeOutcome, PortResult } from "../../port";
import { copyRichText } from "../copyRichText";
import { settle } from "../settle";

export type CopyForWordResult = "copied" | "selected" | "refused" | "none";

/**
 * "Copy for Word": renders the run's appendix plan as an HTML table plus tab-separated text and puts both on
 * the clipboard. Where the host refuses the clipboard, Excel still has the appendix sheet: its table is selected
 * for Ctrl+C instead.
 */
export function useCopyForWord(
  outcome: ComputeOutcome,
  onSelectAppendix: (() => Promise<PortResult<void>>) | null,
  onResult: (result: CopyForWordResult) => void,
) {
  const setResult = onResult;
  const copy = async (doc: Document) => {
    if (!outcome.appendix) {
      setResult("none");
      return;
    }
    const { html, text } = renderAppendixHtml(outcome.appendix, outcome.analysis.lang);
    const copied = await copyRichText(doc, html, text);
    if (copied === "copied" || !onSelectAppendix) {
      setResult(copied);
      return;
    }
    const selected = await settle(onSelectAppendix);
    setResult(selected.ok ? "selected" : "refused");
  };
  return { copy };
}
