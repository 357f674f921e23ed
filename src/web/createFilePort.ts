import type { Analysis, Settings } from "../core";
import type { ComputeOutcome, PortResult, Progress, WorkbookOverview, WorkbookPort } from "../port";
import { createEngineClient, type EngineClient } from "./engineClient";
import type { EngineWorker, OpenedFile } from "./engineProtocol";
import { MAX_FILE_BYTES, outputFileName } from "./outputFileName";
import { loadWebSettings, saveWebSettings, type SettingsStorage } from "./webSettings";

/** The part of a `File` the port reads. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What the port needs from the browser, passed in so tests can stand in for each. */
export interface FilePortDeps {
  /** Starts the engine worker (see `spawnEngineWorker`). */
  spawn: () => EngineWorker;
  /** Where options are remembered between visits (localStorage), or null. */
  storage: SettingsStorage | null;
  /** Largest file accepted, in bytes (default 50 MB). */
  maxBytes?: number;
}

/** The workbook written by a computation, ready to download. */
export interface OutputFile {
  name: string;
  bytes: Uint8Array;
  /** Media type for the download; default an .xlsx workbook. */
  type?: string;
}

/** A `WorkbookPort` over a file chosen in the browser; the result is a new workbook offered for download. */
export interface FilePort extends WorkbookPort {
  readonly kind: "file";
  readonly fileName: string;
  /** The workbook from the last successful computation, or null before one. */
  output(): OutputFile | null;
  /** Stops the engine worker (when another file takes this one's place). */
  close(): void;
}

/** The file as opened in the worker, with the client to ask it. */
interface Opened {
  client: EngineClient;
  sheets: OpenedFile;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Opens `file` for the panel: the engine and ExcelJS run in a worker, nothing is uploaded anywhere.
 * A file over the size limit is refused before it is read; one that is not an .xlsx workbook fails the overview
 * with "notAWorkbook". There is no sheet to select, so "go to cell" and "select appendix" do nothing.
 */
export function createFilePort(file: FileLike, deps: FilePortDeps): FilePort {
  const maxBytes = deps.maxBytes ?? MAX_FILE_BYTES;
  let opening: Promise<PortResult<Opened>> | null = null;
  let engine: EngineClient | null = null;
  let output: OutputFile | null = null;

  async function read(): Promise<PortResult<Opened>> {
    if (file.size > maxBytes) {
      const detail = `${megabytes(file.size)} > ${megabytes(maxBytes)}`;
      return { ok: false, error: { kind: "host", code: "fileTooBig", detail } };
    }
    // A worker that broke (e.g. out of memory) is replaced on the next attempt, with the file read afresh.
    const client = (engine ??= createEngineClient(deps.spawn(), () => {
      engine?.terminate();
      engine = null;
      opening = null;
    }));
    const bytes = await file.arrayBuffer();
    const r = await client.request({ op: "open", bytes }, undefined, [bytes]);
    return r.ok ? { ok: true, value: { client, sheets: r.value } } : r;
  }

  /** Opens the file in the worker once; a failed attempt is tried afresh next time ("Try again"). */
  function open(): Promise<PortResult<Opened>> {
    const current = (opening ??= read());
    void current.then((r) => {
      if (!r.ok && opening === current) opening = null;
    });
    return current;
  }

  return {
    kind: "file",
    fileName: file.name,
    async overview(): Promise<PortResult<WorkbookOverview>> {
      const r = await open();
      if (!r.ok) return r;
      return { ok: true, value: { ...r.value.sheets, settings: loadWebSettings(deps.storage, file.name) } };
    },
    async preview(settings: Settings): Promise<PortResult<Analysis>> {
      const r = await open();
      if (!r.ok) return r;
      return r.value.client.request({ op: "preview", settings, sheet: r.value.sheets.activeSheet });
    },
    async compute(settings: Settings, onProgress: (p: Progress) => void): Promise<PortResult<ComputeOutcome>> {
      onProgress({ stage: "reading", fraction: 0 });
      const r = await open();
      if (!r.ok) return r;
      const ask = { op: "compute", settings, sheet: r.value.sheets.activeSheet } as const;
      const computed = await r.value.client.request(ask, onProgress);
      if (!computed.ok) return computed;
      const name = outputFileName(file.name);
      output = {
        name: computed.value.extension === "xlsm" ? name.replace(/\.xlsx$/, ".xlsm") : name,
        bytes: computed.value.output,
      };
      return { ok: true, value: computed.value.outcome };
    },
    // A file has no sheet on screen to select in; the panel hides these actions for a file port.
    selectRange: async () => ({ ok: true, value: undefined }),
    selectAppendix: async () => ({ ok: true, value: undefined }),
    async saveSettings(settings: Settings) {
      // Remembering options is a convenience: a browser that refuses storage keeps them for this visit only.
      saveWebSettings(deps.storage, file.name, settings);
      return { ok: true, value: undefined };
    },
    output: () => output,
    close() {
      engine?.terminate();
      engine = null;
      opening = null;
    },
  };
}
