import { computeWorkbook, findTable, type Settings, type WorkbookGrid } from "../core";
import type { PortResult, Progress } from "../port";
import { computeFile, loadWorkbook, toWorkbookGrid, WorkbookReadError } from "../xlsx";
import type { ComputedFile, EngineAnswers, EngineRequest, EngineResponse, OpenedFile } from "./engineProtocol";

type Answer = PortResult<EngineAnswers[keyof EngineAnswers]>;

/** How far along a run is at each stage of `computeFile`, as a fraction of the whole. */
const STAGE_FRACTION = { reading: 0.1, computing: 0.5, writing: 0.8 } as const;

const hostError = (code: "notAWorkbook" | "unknown", detail?: string): Answer => ({
  ok: false,
  error: { kind: "host", code, ...(detail ? { detail } : {}) },
});

/** A failure thrown while reading or writing, put as a port error: unreadable files are "not a workbook". */
function failure(thrown: unknown): Answer {
  if (thrown instanceof WorkbookReadError) return hostError("notAWorkbook");
  return hostError("unknown", thrown instanceof Error ? thrown.message : String(thrown));
}

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
 * "open", "preview" and "compute" requests. ExcelJS is loaded only here, never on the page's main thread.
 * Example: after `open` on the sample report, `compute` answers with 18 indicators and the output .xlsx bytes.
 */
export function createEngineHost() {
  let bytes: Uint8Array | null = null;
  let grid: WorkbookGrid | null = null;

  async function open(data: ArrayBuffer): Promise<Answer> {
    bytes = new Uint8Array(data);
    grid = toWorkbookGrid(await loadWorkbook(bytes));
    return { ok: true, value: listSheets(grid) };
  }

  function preview(settings: Settings, sheet: string | null): Answer {
    if (!grid) return hostError("unknown", "no file is open");
    const r = computeWorkbook(grid, withSheet(settings, sheet));
    return r.ok ? { ok: true, value: r.value.analysis } : { ok: false, error: { kind: "engine", error: r.error } };
  }

  async function compute(settings: Settings, sheet: string | null, report: (p: Progress) => void): Promise<Answer> {
    if (!bytes) return hostError("unknown", "no file is open");
    const r = await computeFile(bytes, withSheet(settings, sheet), (stage) =>
      report({ stage, fraction: STAGE_FRACTION[stage] }),
    );
    if (!r.ok) return { ok: false, error: { kind: "engine", error: r.error } };
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
