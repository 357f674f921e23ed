import {
  ALL_CAPABILITIES,
  computeWorkbook,
  lowerPlan,
  type Analysis,
  type EngineError,
  type Settings,
  type WorkbookPlan,
} from "../core";
import type { ReadErrorCode } from "./read/openPackage";
import { readWorkbook, type OpenedWorkbook } from "./read/readWorkbook";
import type { ZipCodec } from "./zip/codec";
import { writeWorkbook } from "./write/writeWorkbook";

export type FileStage = "reading" | "computing" | "writing";

export interface FileOutcome {
  analysis: Analysis;
  plan: WorkbookPlan;
  /** The output workbook, an .xlsx file (an .xlsm when the input held macros, which it keeps). */
  output: Uint8Array;
  extension: "xlsx" | "xlsm";
}

/** Why a run on a file gave no output: the file is not a readable workbook, or the engine refused it. */
export type FileError = { kind: "read"; code: ReadErrorCode } | { kind: "engine"; error: EngineError };

export type FileResult = { ok: true; value: FileOutcome } | { ok: false; error: FileError };

/**
 * Computes on a workbook already opened (the web page opens once and computes as often as asked): the engine's
 * plan lowered into write steps for a host that can do everything, written over the package as it was read.
 */
export async function computeOpened(
  opened: OpenedWorkbook,
  settings: Settings,
  codec: ZipCodec,
  onStage: (stage: FileStage) => void = () => {},
): Promise<FileResult> {
  onStage("computing");
  const computed = computeWorkbook(opened.grid, settings);
  if (!computed.ok) return { ok: false, error: { kind: "engine", error: computed.error } };
  onStage("writing");
  const { steps } = lowerPlan(computed.value.plan, ALL_CAPABILITIES);
  const output = await writeWorkbook(opened, steps, codec);
  return { ok: true, value: { ...computed.value, output, extension: opened.macroEnabled ? "xlsm" : "xlsx" } };
}

/**
 * The whole run on a workbook file: read it, compute with the user's settings, write a new file that is the input
 * plus our columns and sheets. The input bytes are never changed; a bad file and an engine refusal come back as
 * values. Example: on the sample report, `value.analysis.summary.total === 18`.
 */
export async function computeFile(
  input: Uint8Array,
  settings: Settings,
  codec: ZipCodec,
  onStage: (stage: FileStage) => void = () => {},
): Promise<FileResult> {
  onStage("reading");
  const opened = readWorkbook(input, codec);
  if (!opened.ok) return { ok: false, error: { kind: "read", code: opened.error } };
  return computeOpened(opened.value, settings, codec, onStage);
}
