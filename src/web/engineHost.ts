import { computeWorkbook, findTable, type Settings, type WorkbookGrid } from "../core";
import type { PortResult, Progress } from "../port";
import { computeOpened, readWorkbook, type OpenedWorkbook, type ReadErrorCode, type ZipCodec } from "../xlsx";
import { browserCodec } from "./engineCodec";
import type { ComputedFile, EngineAnswers, EngineRequest, EngineResponse, OpenedFile } from "./engineProtocol";

type Answer = PortResult<EngineAnswers[keyof EngineAnswers]>;

/** How far along a run is at each stage of `computeOpened`, as a fraction of the whole. */
const STAGE_FRACTION = { computing: 0.5, writing: 0.8 } as const;

const hostError = (code: "notAWorkbook" | "damaged" | "encrypted" | "unknown", detail?: string): Answer => ({
  ok: false,
  error: { kind: "host", code, ...(detail ? { detail } : {}) },
});

/** A file the reader refused, as the panel words it: an old .xls is "not a workbook" (the text says how to save it). */
const READ_ERRORS: Record<ReadErrorCode, "notAWorkbook" | "damaged" | "encrypted"> = {
  notAWorkbook: "notAWorkbook",
  oldXls: "notAWorkbook",
  encrypted: "encrypted",
  damaged: "damaged",
};

/** A failure thrown while computing or writing (a broken invariant, never a bad file): an unexpected error. */
const failure = (thrown: unknown): Answer =>
  hostError("unknown", thrown instanceof Error ? thrown.message : String(thrown));

/** The sheets the page offers: those with a table first, the sheets an earlier run generated left out. */
function listSheets(grid: WorkbookGrid): OpenedFile {
  const generated = new Set(Object.values(grid.generated ?? {}));
  const sheets = grid.sheets.filter((s) => !generated.has(s.name)).map((s) => ({ name: s.name, table: findTable(s) }));
  sheets.sort((a, b) => Number(b.table !== null) - Number(a.table !== null));
  return { sheets, activeSheet: sheets.find((s) => s.table !== null)?.name ?? sheets[0]?.name ?? null };
}

/** The settings with the sheet to read filled in (a file has no active sheet; the page names one). */
const withSheet = (settings: Settings, sheet: string | null): Settings => ({
  ...settings,
  sheet: settings.sheet ?? sheet,
});

/**
 * The engine side of the web page, run inside the worker: keeps the opened file and its grid, and answers
 * "open", "preview" and "compute" requests. The file is unzipped and read once, on "open"; every compute writes from
 * what was read then. Example: after `open` on the sample report, `compute` answers with 18 indicators and the
 * output .xlsx bytes.
 */
export function createEngineHost(codec: ZipCodec = browserCodec()) {
  let opened: OpenedWorkbook | null = null;

  async function open(data: ArrayBuffer): Promise<Answer> {
    opened = null;
    const r = readWorkbook(new Uint8Array(data), codec);
    if (!r.ok) return hostError(READ_ERRORS[r.error]);
    opened = r.value;
    return { ok: true, value: listSheets(opened.grid) };
  }

  function preview(settings: Settings, sheet: string | null): Answer {
    if (!opened) return hostError("unknown", "no file is open");
    const r = computeWorkbook(opened.grid, withSheet(settings, sheet));
    return r.ok ? { ok: true, value: r.value.analysis } : { ok: false, error: { kind: "engine", error: r.error } };
  }

  async function compute(settings: Settings, sheet: string | null, report: (p: Progress) => void): Promise<Answer> {
    if (!opened) return hostError("unknown", "no file is open");
    const r = await computeOpened(opened, withSheet(settings, sheet), codec, (stage) => {
      if (stage !== "reading") report({ stage, fraction: STAGE_FRACTION[stage] });
    });
    if (!r.ok)
      return r.error.kind === "engine"
        ? { ok: false, error: { kind: "engine", error: r.error.error } }
        : hostError(READ_ERRORS[r.error.code]);
    const nameOf = (role: "appendix" | "summary") => r.value.plan.generated.find((g) => g.role === role)?.name ?? "";
    const value: ComputedFile = {
      outcome: {
        analysis: r.value.analysis,
        appendixSheet: nameOf("appendix"),
        summarySheet: nameOf("summary"),
        appendix: r.value.plan.generated.find((g) => g.role === "appendix") ?? null,
        notices: [],
      },
      output: r.value.output,
      extension: r.value.extension,
    };
    report({ stage: "done", fraction: 1 });
    return { ok: true, value };
  }

  /** Answers one request; `post` receives the progress messages and then the result. */
  async function handle(request: EngineRequest, post: (response: EngineResponse) => void): Promise<void> {
    const report = (progress: Progress) => post({ id: request.id, kind: "progress", progress });
    let result: Answer;
    try {
      if (request.op === "open") result = await open(request.bytes);
      else if (request.op === "preview") result = preview(request.settings, request.sheet);
      else result = await compute(request.settings, request.sheet, report);
    } catch (thrown) {
      result = failure(thrown);
    }
    post({ id: request.id, kind: "result", result });
  }

  return { handle };
}
