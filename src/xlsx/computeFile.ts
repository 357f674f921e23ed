import { computeWorkbook, type Analysis, type EngineError, type Settings, type WorkbookPlan } from "../core";
import { applyPlan } from "./applyPlan";
import { loadWorkbook, toWorkbookGrid } from "./readWorkbook";

export type FileStage = "reading" | "computing" | "writing";

export interface FileOutcome {
  analysis: Analysis;
  plan: WorkbookPlan;
  /** The output workbook, an .xlsx file. */
  output: Uint8Array;
}

/**
 * The whole run on a workbook file: read it, compute with the user's settings, apply the plan, write a new file.
 * The input bytes are never changed. A file that is not a workbook throws `WorkbookReadError`; an engine problem
 * (no table, unknown sheet) comes back as a value.
 */
export async function computeFile(
  input: ArrayBuffer | Uint8Array,
  settings: Settings,
  onStage: (stage: FileStage) => void = () => {},
): Promise<{ ok: true; value: FileOutcome } | { ok: false; error: EngineError }> {
  onStage("reading");
  const workbook = await loadWorkbook(input);
  onStage("computing");
  const computed = computeWorkbook(toWorkbookGrid(workbook), settings);
  if (!computed.ok) return computed;
  onStage("writing");
  applyPlan(workbook, computed.value.plan);
  const buffer = await workbook.xlsx.writeBuffer();
  return { ok: true, value: { ...computed.value, output: new Uint8Array(buffer as ArrayBuffer) } };
}
