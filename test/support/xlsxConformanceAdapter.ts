/**
 * The file adapter as a conformance adapter: the workbook is an .xlsx file (seeded from the model by ExcelJS);
 * the plan comes from the package reader's grid; a run interprets the steps, lowered with the case's capabilities,
 * with the package writer; the output file is read back into the model by ExcelJS.
 * The product itself always lowers with every capability; the other cases check the interpreter on what the
 * lowering emits for smaller hosts (steps without layout, kept parts of rewritten sheets).
 */
import { lowerPlan, type Settings, type WriteCapabilities, type WriteNoticeCode } from "../../src/core";
import { planOpened, readWorkbook, writeWorkbook, type OpenedWorkbook } from "../../src/xlsx";
import type { ConformanceAdapter } from "./conformanceHarness";
import { nodeCodec } from "./sample";
import { modelToXlsx, xlsxToModel } from "./xlsxModelBridge";

export function xlsxConformanceAdapter(): ConformanceAdapter & { bytes(): Uint8Array } {
  let bytes: Uint8Array | null = null;
  let caps: WriteCapabilities | null = null;
  const current = () => {
    if (!bytes) throw new Error("load a workbook first");
    return bytes;
  };
  const open = (): OpenedWorkbook => {
    const r = readWorkbook(current(), nodeCodec);
    if (!r.ok) throw new Error(`the reader refused the workbook: ${r.error}`);
    return r.value;
  };
  const planOf = (opened: OpenedWorkbook, settings: Settings) => {
    const r = planOpened(opened, settings);
    if (!r.ok) throw new Error(`the engine refused the workbook: ${JSON.stringify(r.error)}`);
    return r.value.plan;
  };
  return {
    bytes: current,
    async load(model, c) {
      caps = c.caps;
      bytes = await modelToXlsx(model);
    },
    capabilities: () => caps!,
    async plan(settings) {
      return planOf(open(), settings);
    },
    async compute(settings): Promise<WriteNoticeCode[]> {
      const opened = open();
      const lowered = lowerPlan(planOf(opened, settings), caps!);
      bytes = await writeWorkbook(opened, lowered.steps, nodeCodec);
      return lowered.notices;
    },
    dump: () => xlsxToModel(current()),
  };
}
