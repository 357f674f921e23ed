/**
 * The pages' ES5 boot check in Chromium, on the production build: a normal start shows no boot message; a bundle
 * that fails to parse or to load shows it; an old webview (the user agent of Internet Explorer 11, as Office 2016
 * and 2019 volume licences use) gets the message and the bundle stays out of the way; the ribbon's function file
 * on an old webview opens the dialog page, which explains. Also: the inline script of every built page parses as ES5.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import type { BrowserContext, Page } from "playwright-core";
import { screenshot, watchErrors } from "./support/browser";
import { installFakeExcel } from "./support/fakeWorkbook";
import { stubOfficeCdn } from "./support/officeCdn";
import { STEP_MS, waitForPanel } from "./support/panel";
import { DIST } from "./support/paths";
import { useFakeHostSession } from "./support/fakeHostSession";

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const PAGES = ["taskpane.html", "commands.html", "dialog.html", "index.html"];

const session = useFakeHostSession();

/** A task pane over the simulated Excel, in a context with the given user agent. */
async function openPane(options: { userAgent?: string; bundle?: "broken" | "missing" } = {}) {
  const context: BrowserContext = await session.browser.newContext({
    viewport: { width: 420, height: 820 },
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await stubOfficeCdn(page);
  await installFakeExcel(page, session.bundle, session.seeds, { excelApi: "1.13", displayLanguage: "vi-VN" });
  if (options.bundle) {
    await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) =>
      options.bundle === "broken"
        ? route.fulfill({ contentType: "text/javascript", body: "export const broken = (;" })
        : route.fulfill({ status: 404, body: "not found" }),
    );
  }
  await page.goto(`${session.server.url}taskpane.html`);
  return { page, context, errors };
}

const bootMessage = (page: Page) => page.locator("#boot-message");

describe("the boot check in Chromium", () => {
  it("shows nothing on a normal start, even after its wait is over", async () => {
    const { page, context, errors } = await openPane();
    await waitForPanel(page);
    await page.waitForTimeout(10_500);
    expect(await bootMessage(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ["fails to parse", "broken"],
    ["fails to load", "missing"],
  ] as const)(
    "says what to do when the task pane's bundle %s",
    async (name, mode) => {
      const { page, context } = await openPane({ bundle: mode });
      const message = bootMessage(page);
      await message.waitFor({ timeout: STEP_MS });
      expect(await message.getAttribute("data-problem")).toBe("failed");
      const text = (await message.textContent()) ?? "";
      expect(text).toContain("Bổ trợ chưa khởi động được");
      expect(text).toContain("The add-in did not start");
      expect(await message.locator("a").first().getAttribute("href")).toBe(`${session.server.url}index.html`);
      await screenshot(page, `boot-${name.replace(/ /g, "-")}`, false);
      await context.close();
    },
    60_000,
  );

  it("tells users of Internet Explorer 11 to update, and the bundle does not start", async () => {
    const { page, context } = await openPane({ userAgent: IE11 });
    const message = bootMessage(page);
    await message.waitFor({ timeout: STEP_MS });
    expect(await message.getAttribute("data-problem")).toBe("trident");
    expect(await message.locator("[lang=vi] h1").textContent()).toBe(
      "Bổ trợ không chạy được trong phiên bản Office này",
    );
    expect(await message.locator("[lang=en] h1").textContent()).toBe("The add-in cannot run in this version of Office");
    await screenshot(page, "boot-trident", false);
    // The bundle does run in Chromium, but it was told the engine is too old: no panel appears.
    await page.waitForTimeout(3_000);
    expect(await page.getByRole("combobox").count()).toBe(0);
    expect(await message.isVisible()).toBe(true);
    await context.close();
  });

  it("gives the ribbon button an explaining dialog on an old webview", async () => {
    const context = await session.browser.newContext({ userAgent: IE11 });
    const commands = await context.newPage();
    await stubOfficeCdn(commands);
    await installFakeExcel(commands, session.bundle, session.seeds, { excelApi: "1.1", displayLanguage: "vi-VN" });
    await commands.goto(`${session.server.url}commands.html`);
    const opened = await commands.evaluate(async () => {
      type Handle = { host: { actions: Map<string, (e: unknown) => unknown>; dialogs: { url: string }[] } };
      const host = (window as unknown as { __attainmentFakeExcel: Handle }).__attainmentFakeExcel.host;
      host.actions.get("computeAttainment")?.({ completed: () => undefined });
      await new Promise((resolve) => setTimeout(resolve, 50));
      return host.dialogs.map((d) => d.url);
    });
    expect(opened).toEqual([`${session.server.url}dialog.html`]);
    const dialog = await context.newPage();
    await stubOfficeCdn(dialog);
    await dialog.goto(opened[0]!);
    await bootMessage(dialog).waitFor({ timeout: STEP_MS });
    expect(await dialog.getByRole("button", { name: "Đóng / Close" }).count()).toBe(1);
    await context.close();
  });

  it.each(PAGES)("inlines a boot check in %s that parses as ES5", (name) => {
    const html = readFileSync(path.join(DIST, name), "utf8");
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain("attainmentBoot");
    expect(() => parse(inline[0]!, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // It comes before every other script, so it runs where nothing else can.
    expect(html.indexOf("<script>")).toBeLessThan(
      html.indexOf("<script src") === -1 ? Infinity : html.indexOf("<script src"),
    );
  });

  it("keeps office.js out of the standalone page and in the head of the Office pages", () => {
    const cdn = /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/;
    const head = (name: string) => readFileSync(path.join(DIST, name), "utf8").split("</head>")[0] ?? "";
    expect(readFileSync(path.join(DIST, "index.html"), "utf8")).not.toMatch(/<script[^>]*src="?[^\s>]*office\.js/);
    for (const name of ["taskpane.html", "commands.html", "dialog.html"]) expect(head(name)).toMatch(cdn);
  });
});
