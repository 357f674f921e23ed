import fs from "node:fs";
import path from "node:path";
import { compareRealTable, listFixtures, REAL_DIR } from "../support/compareRealTable";

/* Golden test on the real tables (test/fixtures/real): the engine, with default options, must read each table as
 * the document itself does. Expectations are derived by hand from each document (see each source.md). A table the
 * engine does not read yet is listed in unread.json with the number of expectations it misses: held to exactly that
 * number, so that a fix (fewer) and a regression (more) both fail until the list is brought up to date. */
const fixtures = listFixtures(false);
const unread = new Map<string, { misses: number; why: string }>(
  (
    JSON.parse(fs.readFileSync(path.join(REAL_DIR, "unread.json"), "utf8")) as {
      tables: { id: string; misses: number; why: string }[];
    }
  ).tables.map((t) => [t.id, t]),
);

describe("real tables (dev set)", () => {
  it("has at least 15 tables", () => expect(fixtures.length).toBeGreaterThanOrEqual(15));

  it("lists only dev tables as unread, and few of them", () => {
    const ids = new Set(fixtures.map((dir) => path.basename(dir)));
    expect([...unread.keys()].filter((id) => !ids.has(id))).toEqual([]);
    expect(unread.size).toBeLessThanOrEqual(Math.floor(fixtures.length / 20));
  });

  it.each(fixtures.map((dir) => [path.basename(dir), dir]))("%s", async (id, dir) => {
    const comparison = await compareRealTable(dir);
    const misses = comparison.checks.filter((c) => !c.ok);
    const known = unread.get(id);
    if (known) {
      if (misses.length !== known.misses)
        throw new Error(
          `listed as unread with ${known.misses} misses (${known.why}); now ${misses.length}\n${comparison.report}`,
        );
      return;
    }
    if (misses.length > 0) throw new Error(`${misses.length} expectation(s) not met\n${comparison.report}`);
  });
});
