/**
 * The Office.js adapter on the fake host against the write contract's oracle: every conformance case, every run.
 * A failure lists each difference between the fake workbook and the oracle's model.
 */
import { uninstallFakeOffice } from "../fakes";
import { CONFORMANCE_CASES } from "../support/conformanceCases";
import { runConformanceCase } from "../support/conformanceHarness";
import { excelConformanceAdapter } from "../support/excelConformanceAdapter";

afterEach(() => uninstallFakeOffice(globalThis));

describe("the Office.js adapter conforms to the write contract", () => {
  it.each(CONFORMANCE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    expect(await runConformanceCase(c, excelConformanceAdapter())).toEqual([]);
  });
});
