/**
 * Never lose what the officer typed, in the built task pane in Chromium over the simulated Excel host: the
 * question before writing over typed rates comes once, two runs in a row still list the reported 180, and
 * "Hoàn tác" puts the workbook back exactly as it was before the first run.
 */
import type { Page } from "playwright-core";
import { t } from "../../src/ui/i18n";
import { screenshot, watchErrors } from "./support/browser";
import { installFakeExcel } from "./support/fakeWorkbook";
import type { FakeExcelHandle } from "./support/fakeHostPage";
import { STEP_MS, waitForPanel } from "./support/panel";
import { useFakeHostSession } from "./support/fakeHostSession";
import { stubOfficeCdn } from "./support/officeCdn";

const session = useFakeHostSession();

const snapshot = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __attainmentFakeExcel: FakeExcelHandle }).__attainmentFakeExcel.snapshot(),
  );

describe("keeping what the officer typed, in the task pane in a browser", () => {
  it("asks once, keeps the 180 across runs, and “Hoàn tác” restores the workbook", async () => {
    const page = await session.browser.newPage({ viewport: { width: 350, height: 900 } });
    const errors = watchErrors(page);
    await stubOfficeCdn(page);
    await installFakeExcel(page, session.bundle, session.seeds, { excelApi: "1.13", displayLanguage: "vi-VN" });
    await page.goto(`${session.server.url}taskpane.html`);
    await waitForPanel(page);
    const before = await snapshot(page);

    const compute = page.getByRole("button", { name: t("vi", "computeButton"), exact: true });
    const results = page.getByRole("heading", { name: t("vi", "resultsHeading"), exact: true });
    const ask = page.getByRole("group", { name: t("vi", "confirmTitle"), exact: true });
    await compute.click();
    await ask.waitFor({ timeout: STEP_MS });
    expect(await ask.textContent()).toContain(t("vi", "confirmBody", { typed: 15, disagree: 1 }));
    await screenshot(page, "pane-confirm-overwrite");
    await ask.getByRole("button", { name: t("vi", "confirmOverwrite"), exact: true }).click();
    await results.waitFor({ timeout: STEP_MS });

    // The list of what needs a look names the reported 180 after each of two runs in a row.
    const row180 = page.getByRole("listitem").filter({ hasText: "báo cáo 180" });
    await row180.first().waitFor({ timeout: STEP_MS });
    await compute.click();
    await page.getByText(t("vi", "stage_done"), { exact: true }).waitFor({ timeout: STEP_MS });
    expect(await ask.count()).toBe(0);
    await row180.first().waitFor({ timeout: STEP_MS });
    expect(await row180.count()).toBe(1);

    await page.getByRole("button", { name: t("vi", "restoreButton"), exact: true }).click();
    const confirm = page.getByRole("group", { name: t("vi", "restoreTitle"), exact: true });
    await confirm.getByRole("button", { name: t("vi", "restoreConfirm"), exact: true }).click();
    await page.getByText(/^Đã khôi phục \d+ ô; đã xóa/).waitFor({ timeout: STEP_MS });
    await screenshot(page, "pane-restored");
    expect(JSON.parse(await snapshot(page))).toEqual(JSON.parse(before));
    expect(errors).toEqual([]);
    await page.close();
  });
});
