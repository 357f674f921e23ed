import { planRestore, type WorkbookGrid } from "../core";
import type { PortResult, Progress, RestoreOutcome } from "../port";
import type { ApiSupport } from "./detectApiSupport";
import { classifyHostError, describeProtection, errorParts } from "./describeHostError";
import { READ_BUDGET, packByBytes } from "./measurePayload";
import { bands, bodyRunner, MERGE_BAND_ROWS, type BodyResult, type ReadItem } from "./readBands";
import { queueCommentCells, queueComments } from "./readComments";
import { keptReads, queueOriginalsHead } from "./readOriginals";
import { queueMeta } from "./readWorkbook";
import { syncBatches } from "./syncBatches";
import { toSheetGrid } from "./toSheetGrid";
import { writeCapabilities } from "./writeCapabilities";
import { writeRestore } from "./writeRestore";

/**
 * Reads what a restore needs, in 3 syncs: (1) sheet names, markers and the comments; (2) the originals sheet's
 * index and the comments' cells; (3) the records, and of the kept columns their formulas, values and merged areas.
 */
async function readKept(context: Excel.RequestContext, support: ApiSupport) {
  const metaOf = queueMeta(context, support);
  const commentsOf = support.comments ? queueComments(context) : null;
  await context.sync();
  const meta = metaOf();
  const originals = meta.generated.originals;
  if (originals === undefined) return { meta, grid: null, comments: [] };
  const comments = commentsOf?.() ?? [];
  const headOf = queueOriginalsHead(context, originals, support);
  const cellsOf = comments.length ? queueCommentCells(comments) : () => [];
  await context.sync();
  const head = headOf();
  const items: ReadItem[] = keptReads(head, meta.sheetNames, true);
  if (support.mergedAreas)
    for (const { sheet, range } of head.index)
      for (const [top, rows] of bands(range.top, range.bottom, MERGE_BAND_ROWS))
        items.push({
          sheet,
          what: "merges",
          top,
          left: range.left,
          rows,
          cols: range.right - range.left + 1,
          bytes: 128 + rows * 4,
        });
  const present = (name: string) => meta.sheetNames.includes(name);
  const results: BodyResult[] = await syncBatches(
    context,
    packByBytes(
      items.filter((i) => present(i.sheet)),
      READ_BUDGET,
    ),
    bodyRunner(context),
  );
  const blocks = (name: string) => results.flatMap((r) => r.blocks.get(name) ?? []);
  const merges = (name: string) => results.flatMap((r) => r.merges.get(name) ?? []);
  const sheets = meta.sheetNames.map((name) =>
    toSheetGrid(name, name === originals ? [head.head, ...blocks(name)] : blocks(name), merges(name)),
  );
  const grid: WorkbookGrid = { sheets, generated: meta.generated };
  return { meta, grid, comments: cellsOf() };
}

/**
 * Restore inside an Excel.run: read the kept cells (3 syncs), plan the restore (planRestore), write it (1 sync for
 * any table within the budget). A workbook that keeps nothing, or whose structure is protected, is refused before
 * anything is written.
 */
export async function restoreInExcel(
  context: Excel.RequestContext,
  support: ApiSupport,
  onProgress: (p: Progress) => void,
  lang: "vi" | "en",
): Promise<PortResult<RestoreOutcome>> {
  onProgress({ stage: "reading", fraction: 0 });
  const { meta, grid, comments } = await readKept(context, support);
  if (!grid) return { ok: false, error: { kind: "engine", error: { code: "nothingKept", params: {} } } };
  const planned = planRestore(grid, writeCapabilities(support));
  if (!planned.ok) return { ok: false, error: { kind: "engine", error: planned.error } };
  if (meta.structureProtected)
    return { ok: false, error: { kind: "host", code: "sheetProtected", detail: describeProtection(lang, null) } };
  onProgress({ stage: "writing", fraction: 0.4 });
  try {
    await writeRestore(context, planned.value.steps, meta, support, comments, (done, total) =>
      onProgress({ stage: "writing", fraction: 0.4 + (0.55 * done) / total }),
    );
  } catch (error) {
    return {
      ok: false,
      error: { kind: "host", code: classifyHostError(error, true), detail: errorParts(error).message },
    };
  }
  onProgress({ stage: "done", fraction: 1 });
  return {
    ok: true,
    value: { ...planned.value.summary, notices: planned.value.notices.map((code) => ({ code })) },
  };
}
