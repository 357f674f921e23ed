/**
 * The task pane (dist/addin/taskpane.html) in Chromium over a simulated Excel: the fake Office host from
 * test/fakes, seeded with the sample sheet, is installed before the page's scripts, so the real Office.js adapter
 * and the real panel run against it. Also: the same page opened in a plain browser becomes the standalone page.
 */
import type { Page } from "playwright-core";
import { t } from "../../src/ui/i18n";
import { screenshot, screenshotOf, watchErrors } from "./support/browser";
import { publishImage } from "./support/docImages";
import { contentAt, dumpWorkbook, evaluate, installFakeExcel } from "./support/fakeWorkbook";
import {
  computeAndWait,
  messageText,
  pageBox,
  resultsSection,
  statusCounts,
  STEP_MS,
  waitForPanel,
} from "./support/panel";
import { SAMPLE_SHEET } from "./support/paths";
import { useFakeHostSession } from "./support/fakeHostSession";
import { OFFICE_CDN, stubOfficeCdn } from "./support/officeCdn";
import type { SeedSheet } from "../fakes/seedWorkbook";

const session = useFakeHostSession();

/** A task pane sized like Excel's narrowest (350 × 900) over a fake workbook holding `sheets`. */
async function openPane(sheets: SeedSheet[]): Promise<{ page: Page; errors: string[]; cdn: string[] }> {
  const page = await session.browser.newPage({ viewport: { width: 350, height: 900 } });
  const errors = watchErrors(page);
  const cdn = await stubOfficeCdn(page);
  await installFakeExcel(page, session.bundle, sheets, { excelApi: "1.13", displayLanguage: "vi-VN" });
  session.server.requests.length = 0;
  await page.goto(`${session.server.url}taskpane.html`);
  return { page, errors, cdn };
}

describe("the task pane inside a simulated Excel", () => {
  it("puts the work on the first screen at 350 × 900: sheet, compute, then counts, rows to look at and copy", async () => {
    const { page, errors } = await openPane(session.seeds);
    await waitForPanel(page);
    const sheet = page.getByRole("combobox", { name: t("vi", "sheetLabel"), exact: true });
    const compute = page.getByRole("button", { name: t("vi", "computeButton"), exact: true });
    expect((await pageBox(page, sheet)).bottom).toBeLessThanOrEqual(900);
    expect((await pageBox(page, compute)).bottom).toBeLessThanOrEqual(900);
    // The settings are folded: no column picker is on the page until its section is opened.
    expect(await page.getByRole("combobox", { name: t("vi", "role_target"), exact: true }).count()).toBe(0);

    await computeAndWait(page);
    const firstScreen = [
      page.getByRole("list", { name: t("vi", "countsHeading"), exact: true }),
      page.getByRole("button", { name: t("vi", "goToCell", { address: "E21" }), exact: true }),
      page.getByRole("button", { name: t("vi", "copyForWord"), exact: true }),
      page.getByRole("button", { name: t("vi", "selectAppendix"), exact: true }),
    ];
    for (const element of firstScreen) {
      const box = await pageBox(page, element);
      expect(box.bottom).toBeLessThanOrEqual(900);
      expect(box.x + box.width).toBeLessThanOrEqual(350);
    }
    publishImage(await screenshot(page, "pane-first-screen", false), "pane-first-screen.png");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("computes the sample sheet, writes the workbook and goes to the differing cell", async () => {
    const { page, errors, cdn } = await openPane(session.seeds);
    await waitForPanel(page);
    expect(await page.textContent("body")).not.toContain("Đang chạy ngoài Excel");
    publishImage(await screenshot(page, "pane-empty", false), "pane-empty.png");

    await computeAndWait(page);
    expect(await statusCounts(page)).toEqual(["Vượt: 5", "Đạt: 12", "Không đạt: 0", "Chưa đánh giá: 1"]);
    await screenshot(page, "pane-results-full");
    publishImage(await screenshotOf(resultsSection(page), "pane-results"), "pane-results.png");

    const after = await dumpWorkbook(page);
    expect(after.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([SAMPLE_SHEET, "Phụ lục", "Tổng hợp"]));
    // Attainment and status are live formulas (the fake stores them uncomputed); evaluated, they give 108 and "Vượt".
    expect(contentAt(after, SAMPLE_SHEET, 20, 4)).toEqual(expect.stringMatching(/^=/));
    expect(evaluate(after, SAMPLE_SHEET, ["E21", "G21"])).toEqual({ E21: 108, G21: "Vượt" });

    await page.getByRole("button", { name: t("vi", "goToCell", { address: "E21" }), exact: true }).click();
    await page.waitForFunction(
      () => {
        const host = (window as unknown as { __attainmentFakeExcel: { host: { workbook: { selection: unknown } } } })
          .__attainmentFakeExcel.host;
        return host.workbook.selection !== null;
      },
      undefined,
      { timeout: STEP_MS },
    );
    const selected = await dumpWorkbook(page);
    expect(selected.selection).toEqual({ sheet: SAMPLE_SHEET, top: 20, left: 4, bottom: 20, right: 4 });

    // office.js comes from Microsoft's CDN, referenced in the page's <head>, never from the add-in's server.
    expect(cdn).toEqual([OFFICE_CDN]);
    expect(session.server.requests.filter((p) => /office/i.test(p))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says what to do when the sheet is protected", async () => {
    const { page } = await openPane(session.seeds.map((s) => ({ ...s, protected: true })));
    await waitForPanel(page);
    await page.getByRole("button", { name: t("vi", "computeButton"), exact: true }).click();
    // The pane first asks whether to write over the typed rates (it cannot know the sheet refuses writes).
    await page.getByRole("button", { name: t("vi", "confirmOverwrite"), exact: true }).click();
    const text = await messageText(page, t("vi", "errorCompute"));
    await page
      .getByRole("group", { name: t("vi", "errorCompute") })
      .evaluate((bar) => bar.scrollIntoView({ block: "center" }));
    expect(text).toContain(t("vi", "host_sheetProtected"));
    expect(text).toContain(t("vi", "hostNext_sheetProtected"));
    publishImage(await screenshot(page, "pane-error", false), "pane-error.png");
    await page.close();
  });
});

describe("the task pane page in a plain browser", () => {
  it("moves to the standalone page, which never loads office.js, even offline", async () => {
    const page = await session.browser.newPage({ viewport: { width: 420, height: 820 } });
    const errors = watchErrors(page);
    // Offline apart from the local server: whatever else is asked for is refused and noted.
    const external: string[] = [];
    await page.route(
      (url) => !url.href.startsWith(session.server.url),
      (route) => {
        external.push(route.request().url());
        return route.abort();
      },
    );
    await page.goto(`${session.server.url}taskpane.html`);
    await page.waitForURL(`${session.server.url}index.html`, { timeout: STEP_MS });
    await page.getByText("Đang chạy ngoài Excel").waitFor({ timeout: STEP_MS });
    const beforeWeb = external.length;
    await page.getByRole("button", { name: "Thử với tệp mẫu", exact: true }).click();
    await waitForPanel(page);
    await computeAndWait(page);
    expect(await statusCounts(page)).toEqual(["Vượt: 5", "Đạt: 12", "Không đạt: 0", "Chưa đánh giá: 1"]);
    // taskpane.html asked the CDN for office.js (refused here, offline); index.html asked for nothing outside.
    expect(external.slice(0, beforeWeb)).toEqual([OFFICE_CDN]);
    expect(external.slice(beforeWeb)).toEqual([]);
    expect(await page.locator("script[src*='appsforoffice']").count()).toBe(0);
    expect(errors.filter((e) => e.startsWith("pageerror") || e.includes(session.server.url))).toEqual([]);
    await page.close();
  });
});
