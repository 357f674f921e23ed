import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { SCREENSHOTS } from "./paths";
import { requireTool } from "./requireTool";

const CHROMIUM = "/usr/bin/chromium";

/** Debian's Chromium, headless, without the background traffic a first run would start. */
export function launchChromium(): Promise<Browser> {
  const executablePath = requireTool(CHROMIUM, "chromium");
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * Collects what the page reports as broken (uncaught errors, console errors, failed requests) so a test can
 * assert there is none. The browser's own favicon request is not the page's doing and is left out.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // A failed load is reported again, with its address, by the "response" listener below.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
      errors.push(`http ${response.status()}: ${response.url()}`);
    }
  });
  page.on("requestfailed", (request) =>
    errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`),
  );
  return errors;
}

/** Saves a screenshot of the page as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Saves a screenshot of one element (e.g. the results section) with a small margin as test-results/screenshots/<name>.png. */
export async function screenshotOf(element: Locator, name: string, margin = 12): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  const box = await element.boundingBox();
  if (!box) throw new Error(`cannot take the screenshot ${name}: the element is not visible`);
  // The box is relative to the viewport; a full-page clip is relative to the page.
  const [scrollX, scrollY] = await element.page().evaluate(() => [window.scrollX, window.scrollY]);
  box.x += scrollX ?? 0;
  box.y += scrollY ?? 0;
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  const clip = { x, y, width: box.x + box.width + margin - x, height: box.y + box.height + margin - y };
  await element.page().screenshot({ path: file, clip, fullPage: true });
  return file;
}
