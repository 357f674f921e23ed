import {
  ALL_CAPABILITIES,
  computeWorkbook,
  lowerPlan,
  planRestore,
  type Analysis,
  type EngineError,
  type RestoreSummary,
  type Settings,
  type WorkbookPlan,
  type WriteCapabilities,
  type WriteNoticeCode,
} from "../core";
import type { ReadErrorCode } from "./read/openPackage";
import { StyleReader } from "./read/readCellStyle";
import { fileCapture } from "./read/readKeptCells";
import { readWorkbook, type OpenedWorkbook } from "./read/readWorkbook";
import type { ZipCodec } from "./zip/codec";
import { writeWorkbook } from "./write/writeWorkbook";

/**
 * What the file adapter can write: everything but notes on cells (the summary sheet's audit table shows the
 * reported and computed values; notes would need the comments and VML drawing parts, which it does not write).
 */
export const FILE_CAPABILITIES: WriteCapabilities = { ...ALL_CAPABILITIES, notes: false };

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

/** The capture of the cells a run overwrites for the first time, from the package as it was read. */
function captureOf(opened: OpenedWorkbook) {
  const sheets = opened.source.sheets.flatMap((s) =>
    s.xml !== undefined && s.index ? [{ name: s.entry.name, xml: s.xml, index: s.index }] : [],
  );
  return fileCapture(
    sheets,
    opened.read.strings,
    new StyleReader(opened.source.styles?.xml ?? "", opened.read.formats),
  );
}

/** The engine's run on an opened workbook, with the originals of every cell it overwrites captured from the package. */
export function planOpened(opened: OpenedWorkbook, settings: Settings) {
  return computeWorkbook(opened.grid, settings, undefined, captureOf(opened));
}

/**
 * Computes on a workbook already opened (the web page opens once and computes as often as asked): the engine's
 * plan, with the originals of every cell it overwrites captured from the package, lowered into write steps for
 * this adapter and written over the package as it was read.
 */
export async function computeOpened(
  opened: OpenedWorkbook,
  settings: Settings,
  codec: ZipCodec,
  onStage: (stage: FileStage) => void = () => {},
): Promise<FileResult> {
  onStage("computing");
  const computed = planOpened(opened, settings);
  if (!computed.ok) return { ok: false, error: { kind: "engine", error: computed.error } };
  onStage("writing");
  const { steps } = lowerPlan(computed.value.plan, FILE_CAPABILITIES);
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

export interface RestoreOutcome {
  summary: RestoreSummary;
  notices: WriteNoticeCode[];
  output: Uint8Array;
  extension: "xlsx" | "xlsm";
}

export type RestoreResult = { ok: true; value: RestoreOutcome } | { ok: false; error: FileError };

/**
 * Undoes every run on a workbook file: a new file whose kept cells are back as the officer had them, without our
 * added column's cells, colours, generated sheets, markers and originals sheet (see planRestore). The input bytes
 * are never changed. Example: restoring the sample's output gives back the sample's source sheet cell for cell.
 */
export async function restoreFile(input: Uint8Array, codec: ZipCodec): Promise<RestoreResult> {
  const opened = readWorkbook(input, codec);
  if (!opened.ok) return { ok: false, error: { kind: "read", code: opened.error } };
  const planned = planRestore(opened.value.grid, FILE_CAPABILITIES);
  if (!planned.ok) return { ok: false, error: { kind: "engine", error: planned.error } };
  const output = await writeWorkbook(opened.value, planned.value.steps, codec);
  return {
    ok: true,
    value: {
      summary: planned.value.summary,
      notices: planned.value.notices,
      output,
      extension: opened.value.macroEnabled ? "xlsm" : "xlsx",
    },
  };
}
