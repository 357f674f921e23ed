import type { Page } from "playwright-core";
import { t } from "../../../src/ui/i18n";

/** How long the panel may take for a step in a cold browser (reading the workbook, computing, writing). */
export const STEP_MS = 30_000;

/** Waits until the panel has read the workbook and found the table (the source line names its rows). */
export async function waitForPanel(page: Page, lang: "vi" | "en" = "vi"): Promise<void> {
  const extent = t(lang, "tableExtent").split("{")[0]!;
  await page.getByText(extent, { exact: false }).first().waitFor({ timeout: STEP_MS });
}

/** Where an element sits on the page (not the viewport), in CSS pixels; fails when it is not shown. */
export async function pageBox(page: Page, locator: ReturnType<Page["locator"]>) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("the element is not shown");
  const [x, y] = await page.evaluate(() => [window.scrollX, window.scrollY]);
  return { ...box, x: box.x + (x ?? 0), y: box.y + (y ?? 0), bottom: box.y + (y ?? 0) + box.height };
}

/**
 * Presses "Compute attainment" and waits for the results; when the pane first asks whether to write over the
 * cells the officer typed (once per workbook), answers "overwrite, keep the originals".
 */
export async function computeAndWait(page: Page, lang: "vi" | "en" = "vi"): Promise<void> {
  await page.getByRole("button", { name: t(lang, "computeButton"), exact: true }).click();
  const results = page.getByRole("heading", { name: t(lang, "resultsHeading"), exact: true });
  const overwrite = page.getByRole("button", { name: t(lang, "confirmOverwrite"), exact: true });
  await results.or(overwrite).first().waitFor({ timeout: STEP_MS });
  if (await overwrite.isVisible()) await overwrite.click();
  await results.waitFor({ timeout: STEP_MS });
}

/** The status badges under the results, e.g. ["Vượt: 5", "Đạt: 12", "Không đạt: 0", "Chưa đánh giá: 1"]. */
export async function statusCounts(page: Page, lang: "vi" | "en" = "vi"): Promise<string[]> {
  const list = page.getByRole("list", { name: t(lang, "countsHeading"), exact: true });
  return (await list.getByRole("listitem").allTextContents()).map((s) => s.trim());
}

/** The text of the message bar titled `title` once it shows. */
export async function messageText(page: Page, title: string): Promise<string> {
  const bar = page.getByRole("group", { name: title, exact: true });
  await bar.waitFor({ timeout: STEP_MS });
  return (await bar.textContent()) ?? "";
}

/** The results section (from its heading to the download or appendix button). */
export function resultsSection(page: Page, lang: "vi" | "en" = "vi") {
  return page.getByRole("region", { name: t(lang, "resultsHeading"), exact: true });
}
