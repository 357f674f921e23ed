import { compareRealTable, listFixtures } from "../support/compareRealTable";

/* Golden test on the real tables (test/fixtures/real): the engine, with default options, must read each table as
 * the document itself does. Expectations are derived by hand from each document (see each source.md). */
const fixtures = listFixtures(false);

describe("real tables (dev set)", () => {
  it("has at least 15 tables", () => expect(fixtures.length).toBeGreaterThanOrEqual(15));

  it.each(fixtures.map((dir) => [dir.split(/[\\/]/).pop()!, dir]))("%s", async (_id, dir) => {
    const comparison = await compareRealTable(dir);
    const misses = comparison.checks.filter((c) => !c.ok);
    if (misses.length > 0) throw new Error(`${misses.length} expectation(s) not met\n${comparison.report}`);
  });
});
