/**
 * The file adapter (package reader and writer) against the write contract's oracle: every conformance case, every
 * run, the output file read back by ExcelJS. A failure lists each difference between the file and the oracle.
 */
import { CONFORMANCE_CASES } from "../support/conformanceCases";
import { runConformanceCase } from "../support/conformanceHarness";
import { xlsxConformanceAdapter } from "../support/xlsxConformanceAdapter";

describe("the file adapter conforms to the write contract", () => {
  it.each(CONFORMANCE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    expect(await runConformanceCase(c, xlsxConformanceAdapter())).toEqual([]);
  });
});
