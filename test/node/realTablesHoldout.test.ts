import fs from "node:fs";
import path from "node:path";
import { compareRealTable, listFixtures, REAL_DIR, type Comparison } from "../support/compareRealTable";

/* The engine on tables it has never seen (test/fixtures/real/holdout; not to be looked at while tuning): every table
 * must be found, and at least 95 % of the expectations (attainment, status, discrepancy of each indicator, plus the
 * summary counts) must hold. Every miss is printed. An empty or missing holdout set fails: it measures nothing. */
const fixtures = fs.existsSync(path.join(REAL_DIR, "holdout")) ? listFixtures(true) : [];

describe("real tables (holdout set)", () => {
  let results: Comparison[] = [];
  beforeAll(async () => {
    results = await Promise.all(fixtures.map(compareRealTable));
  });

  it("has at least 5 tables", () => expect(fixtures.length).toBeGreaterThanOrEqual(5));

  it("finds every table and meets at least 95 % of the expectations", () => {
    const scored = results.flatMap((r) =>
      r.checks.filter((c) => /^(row .* (attainment|status|discrepancy|not expected)|summary )/.test(c.what)),
    );
    const hits = scored.filter((c) => c.ok).length;
    const share = scored.length === 0 ? 0 : hits / scored.length;
    const lost = results.filter((r) => !r.found).map((r) => r.id);
    const report = results
      .filter((r) => r.checks.some((c) => !c.ok))
      .map((r) => r.report)
      .join("\n\n");
    const summary = `holdout: ${hits}/${scored.length} expectations hold (${(share * 100).toFixed(1)} %); tables not found: ${lost.join(", ") || "none"}`;
    if (fixtures.length === 0 || lost.length > 0 || share < 0.95) throw new Error(`${summary}\n\n${report}`);
    process.stdout.write(`${summary}\n`);
  });
});
