/**
 * The Office.js adapter as a conformance adapter: a fresh fake host per workbook, seeded from the model; the plan
 * read through the adapter; one compute through the port; the fake workbook dumped back into the model.
 */
import type { Settings, WriteNoticeCode } from "../../src/core";
import { createExcelPort } from "../../src/excel";
import { detectApiSupport } from "../../src/excel/detectApiSupport";
import { planInExcel } from "../../src/excel/computeInExcel";
import { writeCapabilities } from "../../src/excel/writeCapabilities";
import { installFakeOffice, type FakeHost } from "../fakes";
import type { ConformanceAdapter } from "./conformanceHarness";
import { dumpFakeWorkbook, seedFakeFromModel } from "./fakeModelBridge";

const support = () => detectApiSupport(Office.context.requirements.isSetSupported);

/** The adapter over a fake host installed on `target` (globalThis in jest, window in a page). */
export function excelConformanceAdapter(target: object = globalThis): ConformanceAdapter & { host(): FakeHost } {
  let host: FakeHost | null = null;
  let excelApi = "1.13";
  const current = () => {
    if (!host) throw new Error("load a workbook first");
    return host;
  };
  return {
    host: current,
    async load(model, c) {
      excelApi = c.excelApi;
      host = installFakeOffice(target, { excelApi });
      seedFakeFromModel(host.workbook, model);
    },
    capabilities: () => writeCapabilities(support()),
    async plan(settings: Settings) {
      // The adapter's own read and capture (the cells it keeps, with the host's whole formats), without writing.
      const planned = await Excel.run((context) => planInExcel(context, settings, support()));
      if (!planned.ok) throw new Error(`the engine refused the workbook: ${JSON.stringify(planned.result)}`);
      return planned.plan;
    },
    async compute(settings: Settings): Promise<WriteNoticeCode[]> {
      const result = await createExcelPort().compute(settings, () => undefined);
      if (!result.ok) throw new Error(`the run failed: ${JSON.stringify(result.error)}`);
      const failures = current().failures;
      if (failures.length) throw new Error(`Excel did not do these writes: ${JSON.stringify(failures)}`);
      return result.value.notices.map((n) => n.code);
    },
    async dump() {
      return dumpFakeWorkbook(current().workbook);
    },
  };
}
