/**
 * The messages between the page and the engine worker. The page sends the file's bytes once ("open"),
 * then asks for previews and computations; the worker answers each request by id, with progress on the way.
 */
import type { Analysis, Settings } from "../core";
import type { ComputeOutcome, PortResult, Progress, SheetInfo } from "../port";

/** What the worker found when it opened the file: the sheets (generated ones left out) and the one to start on. */
export interface OpenedFile {
  sheets: SheetInfo[];
  activeSheet: string | null;
}

/** A computation's outcome plus the output workbook (an .xlsx file) to offer for download. */
export interface ComputedFile {
  outcome: ComputeOutcome;
  output: Uint8Array;
  /** "xlsm" when the workbook holds macros (kept in the output, which Excel opens only as .xlsm). */
  extension: "xlsx" | "xlsm";
}

export type EngineRequest =
  | { id: number; op: "open"; bytes: ArrayBuffer }
  | { id: number; op: "preview"; settings: Settings; sheet: string | null }
  | { id: number; op: "compute"; settings: Settings; sheet: string | null };

/** The answer type of each operation. */
export interface EngineAnswers {
  open: OpenedFile;
  preview: Analysis;
  compute: ComputedFile;
}

export type EngineResponse =
  | { id: number; kind: "progress"; progress: Progress }
  | { id: number; kind: "result"; result: PortResult<EngineAnswers[keyof EngineAnswers]> };

/** The part of a `Worker` the page uses, so tests can put an in-process stand-in in its place. */
export interface EngineWorker {
  postMessage(message: EngineRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}
