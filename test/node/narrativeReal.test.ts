/* The narrative on real tables (test/fixtures/real): whatever the engine reads, every not-met and every exceeded
 * line is named in it, and its counts are the table's. Prints the narrative on failure. */
import fs from "node:fs";
import path from "node:path";
import { analyzeWorkbook, type Analysis } from "../../src/core";
import { ownName } from "../../src/core/nameIndicator";
import { readGrid } from "../support/sample";

const REAL = path.join(__dirname, "..", "fixtures", "real");

function analyzeReal(id: string): Analysis {
  const grid = readGrid(fs.readFileSync(path.join(REAL, id, "table.xlsx")));
  const r = analyzeWorkbook(grid);
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.error)}`);
  return r.value;
}

const pad = (n: number) => String(n).padStart(2, "0");

describe.each([
  // Quốc hội 2020: four targets not met ("Không đạt" in the document's own column).
  "quochoi-2020-khong-dat",
  // Thừa Thiên Huế 2019: sections, "Tr.đó:" lines under a growth rate, lines not met in two sections.
  "tinh-tthue-ktxh-2019",
  // Hải Hà railway company 2021: "Trong đó:" lines under a revenue line, four not met.
  "cty-duongsat-hathai-2021",
])("the narrative of %s", (id) => {
  let analysis: Analysis;
  beforeAll(() => {
    analysis = analyzeReal(id);
  });

  it("names every line that is not met, and every line that exceeds", () => {
    const named = (status: string) => analysis.indicators.filter((i) => i.status === status);
    const missing = [...named("notMet"), ...named("exceeded")]
      .map((i) => ownName(i.label))
      .filter((name) => !analysis.narrative.includes(name));
    if (missing.length) throw new Error(`not named: ${missing.join(" | ")}\nnarrative:\n${analysis.narrative}`);
    expect(named("notMet").length).toBeGreaterThan(0);
  });

  it("gives the table's counts of lines not met, in “ ” quotes", () => {
    const { summary } = analysis;
    const lines = analysis.narrative.split("\n");
    const scopes = summary.sections.length ? summary.sections : [summary];
    scopes.forEach((s, i) => {
      if (s.notMet > 0) expect(lines[i]).toContain(`${pad(s.notMet)}/${pad(s.total)} chỉ tiêu không đạt`);
    });
    expect(analysis.narrative).not.toMatch(/"/);
    expect(analysis.narrative).toMatch(/“[^”]+”/);
  });
});
