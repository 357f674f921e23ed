/**
 * The standalone page in Chromium on a 20,000-indicator workbook: the time from choosing the file to the panel
 * showing the detected table ("open to results"), and from pressing "Compute" to the downloaded file in hand
 * ("compute to download"). Builds dist/addin first when it is older than the sources.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launchChromium } from "../test/e2e/support/browser";
import { ensureAddinBuilt } from "../test/e2e/support/buildOnce";
import { computeAndWait, waitForPanel } from "../test/e2e/support/panel";
import { DIST } from "../test/e2e/support/paths";
import { startStaticServer } from "../test/e2e/support/staticServer";
import { syntheticWorkbook } from "./makeGrid";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<Record<string, unknown>[]> {
  if (!fs.existsSync("/usr/bin/chromium")) return [{ bench: "web", skipped: "no /usr/bin/chromium" }];
  const n = 20_000;
  await ensureAddinBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "attainment-web-bench-"));
  const input = path.join(dir, "chi-tieu.xlsx");
  fs.writeFileSync(input, await syntheticWorkbook(n));
  const server = await startStaticServer(DIST);
  const browser = await launchChromium();
  const open: number[] = [];
  const compute: number[] = [];
  let outputBytes = 0;
  try {
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ acceptDownloads: true });
      await page.goto(`${server.url}index.html`);
      await page.locator('input[type="file"]').waitFor({ state: "attached" });
      let t0 = performance.now();
      await page.locator('input[type="file"]').setInputFiles(input);
      await waitForPanel(page);
      open.push(performance.now() - t0);
      t0 = performance.now();
      await computeAndWait(page);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Tải về", exact: true }).click(),
      ]);
      const saved = path.join(dir, `out-${i}.xlsx`);
      await download.saveAs(saved);
      compute.push(performance.now() - t0);
      outputBytes = fs.statSync(saved).size;
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return [
    {
      bench: "web",
      indicators: n,
      openToResultsMs: Math.round(median(open)),
      computeToDownloadMs: Math.round(median(compute)),
      outputKB: Math.round(outputBytes / 1024),
    },
  ];
}
