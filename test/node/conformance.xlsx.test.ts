/**
 * The file adapter (package reader and writer) against the write contract's oracle: every conformance case, every
 * run, the output file read back by ExcelJS. A failure lists each difference between the file and the oracle.
 */
import { CONFORMANCE_CASES } from "../support/conformanceCases";
import { runConformanceCase } from "../support/conformanceHarness";
import { xlsxConformanceAdapter } from "../support/xlsxConformanceAdapter";

// The file adapter writes no notes (see FILE_CAPABILITIES): its cases are lowered without them.
const FILE_CASES = CONFORMANCE_CASES.map((c) => ({ ...c, caps: { ...c.caps, notes: false } }));

describe("the file adapter conforms to the write contract", () => {
  it.each(FILE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    expect(await runConformanceCase(c, xlsxConformanceAdapter())).toEqual([]);
  });
});
