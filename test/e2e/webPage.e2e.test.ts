/**
 * The standalone page (dist/addin/index.html) in Chromium: choose a workbook, compute, download, read the
 * download back; a file that is not a workbook, one too big, one without a table; the "Try the sample" button.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { describeError } from "../../src/core";
import { t } from "../../src/ui/i18n";
import { launchChromium, screenshot, screenshotOf, watchErrors } from "./support/browser";
import { BUILD_TIMEOUT_MS, ensureAddinBuilt } from "./support/buildOnce";
import { publishImage } from "./support/docImages";
import {
  computeAndWait,
  messageText,
  pageBox,
  resultsSection,
  statusCounts,
  STEP_MS,
  waitForPanel,
} from "./support/panel";
import { convertToPdf, flatText, renderPng } from "./support/pdfTools";
import { DIST, RESULTS, SAMPLE, SAMPLE_SHEET } from "./support/paths";
import { openWorkbook, readCell } from "./support/readOutput";
import { startStaticServer, type StaticServer } from "./support/staticServer";

const FILES = path.join(RESULTS, "e2e-build/files");
const EXPECTED_COUNTS = ["Vượt: 5", "Đạt: 12", "Không đạt: 0", "Chưa đánh giá: 1"];

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await ensureAddinBuilt();
  server = await startStaticServer(DIST);
  mkdirSync(FILES, { recursive: true });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(query = ""): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 760, height: 900 }, acceptDownloads: true });
  const errors = watchErrors(page);
  await page.goto(`${server.url}index.html${query}`);
  return { page, errors };
}

const chooseFile = (page: Page, file: string) => page.locator('input[type="file"]').setInputFiles(file);

describe("the standalone page", () => {
  it("computes a chosen workbook and downloads <name>.attainment.xlsx with the results", async () => {
    const { page, errors } = await openPage();
    await page.getByRole("heading", { name: t("vi", "appTitle") }).waitFor();
    expect(await page.textContent("body")).toContain("Đang chạy ngoài Excel");
    publishImage(await screenshotOf(page.locator("main"), "web-start", 0), "web-start.png");

    await chooseFile(page, SAMPLE);
    await waitForPanel(page);
    await computeAndWait(page);
    expect(await statusCounts(page)).toEqual(EXPECTED_COUNTS);
    await screenshot(page, "web-results-full");

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: STEP_MS }),
      page.getByRole("button", { name: "Tải về", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("bao-cao-thi-dua-2021.attainment.xlsx");
    const saved = path.join(RESULTS, "downloads", download.suggestedFilename());
    await download.saveAs(saved);

    const workbook = await openWorkbook(readFileSync(saved));
    const e21 = readCell(workbook, SAMPLE_SHEET, "E21");
    expect(e21.value).toBe(108);
    expect(e21.formula).toEqual(expect.any(String));
    expect(readCell(workbook, SAMPLE_SHEET, "G21").value).toBe("Vượt");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Phụ lục", "Tổng hợp"]));

    // Nothing left the page: no office.js, and no request other than the page's own files.
    expect(server.requests.filter((p) => /office/i.test(p))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("uses the window's width at 1280 × 800: results beside the work, downloads in view, Copy for Word pastes a table", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const errors = watchErrors(page);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.goto(`${server.url}index.html`);
    await chooseFile(page, SAMPLE);
    await waitForPanel(page);
    const compute = page.getByRole("button", { name: t("vi", "computeButton"), exact: true });
    expect((await pageBox(page, compute)).bottom).toBeLessThanOrEqual(800);
    await computeAndWait(page);

    const results = await pageBox(page, resultsSection(page));
    const work = await pageBox(page, compute);
    // Beside, not below: the results start right of the compute button and near the top.
    expect(results.x).toBeGreaterThan(work.x + work.width);
    expect(results.y).toBeLessThan(400);
    expect((await pageBox(page, page.locator("main"))).width).toBeGreaterThan(1100);
    for (const name of [t("vi", "download"), t("vi", "downloadWord"), t("vi", "copyForWord")]) {
      const box = await pageBox(page, page.getByRole("button", { name, exact: true }));
      expect(box.bottom).toBeLessThanOrEqual(800);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
    }
    publishImage(await screenshot(page, "web-results-wide", false), "web-results.png");

    await page.getByRole("button", { name: t("vi", "copyForWord"), exact: true }).click();
    await page.getByText(t("vi", "copiedForWord")).waitFor({ timeout: STEP_MS });
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : "");
      return { html: await read("text/html"), text: await read("text/plain") };
    });
    expect(copied.html).toMatch(/<table/);
    expect(copied.text.split("\n")[1]!.split("\t")).toHaveLength(6);
    // What the browser put on the clipboard, imported by LibreOffice Writer as it imports a paste.
    const pasted = path.join(FILES, "dan-tu-trang.html");
    writeFileSync(pasted, copied.html);
    const pdf = await convertToPdf(pasted, FILES, "HTML (StarWriter)");
    const text = await flatText(pdf);
    for (const header of ["Số TT", "Nội dung chỉ tiêu", "Tỷ lệ đạt được %", "Ghi chú"]) expect(text).toContain(header);
    expect(text).toContain("+ Cá nhân: 20 28 108");
    const [png] = await renderPng(pdf, path.join(FILES, "dan-tu-trang"));
    expect(png).toBeDefined();

    const [word] = await Promise.all([
      page.waitForEvent("download", { timeout: STEP_MS }),
      page.getByRole("button", { name: t("vi", "downloadWord"), exact: true }).click(),
    ]);
    expect(word.suggestedFilename()).toBe("bao-cao-thi-dua-2021.bao-cao.docx");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("takes a workbook dropped on the drop zone", async () => {
    const { page, errors } = await openPage();
    const zone = await page.getByRole("group", { name: "Kéo thả tệp .xlsx vào đây, hoặc" }).elementHandle();
    const dataTransfer = await page.evaluateHandle(
      (bytes) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], "bao-cao-thi-dua-2021.xlsx"));
        return transfer;
      },
      Array.from(readFileSync(SAMPLE)),
    );
    await zone!.dispatchEvent("dragover", { dataTransfer });
    await page.getByRole("group", { name: "Thả tệp vào đây" }).waitFor();
    await zone!.dispatchEvent("drop", { dataTransfer });
    await page.getByText("Tệp đang mở: bao-cao-thi-dua-2021.xlsx").waitFor({ timeout: STEP_MS });
    await waitForPanel(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says clearly, in Vietnamese and in English, that a renamed text file is not a workbook", async () => {
    const fake = path.join(FILES, "ghi-chu.xlsx");
    writeFileSync(fake, "Đây là một tệp văn bản, không phải sổ làm việc.\n");

    const { page } = await openPage();
    await chooseFile(page, fake);
    const vi = await messageText(page, t("vi", "errorOverview"));
    expect(vi).toContain(t("vi", "host_notAWorkbook"));
    expect(vi).toContain(t("vi", "hostNext_notAWorkbook"));
    publishImage(await screenshotOf(page.locator("main"), "web-error", 0), "web-error.png");
    await page.close();

    const english = await openPage("?lang=en");
    await chooseFile(english.page, fake);
    const en = await messageText(english.page, t("en", "errorOverview"));
    expect(en).toContain("This file is not an Excel workbook (.xlsx).");
    await english.page.close();
  });

  it("refuses a file over 50 MB before reading it", async () => {
    const big = path.join(FILES, "qua-lon.xlsx");
    writeFileSync(big, Buffer.alloc(51 * 1024 * 1024));
    const { page } = await openPage();
    await chooseFile(page, big);
    expect(await messageText(page, t("vi", "errorOverview"))).toContain(t("vi", "host_fileTooBig"));
    await page.close();
  });

  it("explains that a workbook without an indicator table has nothing to compute", async () => {
    const plain = path.join(FILES, "khong-co-bang.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Danh sách").addRows([
      ["Họ và tên", "Đơn vị"],
      ["Nguyễn Văn A", "Phòng Tổ chức"],
    ]);
    await workbook.xlsx.writeFile(plain);

    const { page, errors } = await openPage();
    await chooseFile(page, plain);
    const text = await messageText(page, t("vi", "mappingMissingTitle"));
    expect(text).toContain(describeError({ code: "noTable", params: { sheet: "Danh sách" } }, "vi"));
    expect(text).toContain(t("vi", "nextStep", { next: t("vi", "engineNext_noTable") }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens the sample with “Thử với tệp mẫu” and computes it", async () => {
    const { page, errors } = await openPage();
    await page.getByRole("button", { name: "Thử với tệp mẫu", exact: true }).click();
    await page.getByText("Tệp đang mở: bao-cao-thi-dua-2021.xlsx").waitFor({ timeout: STEP_MS });
    await waitForPanel(page);
    await computeAndWait(page);
    expect(await statusCounts(page)).toEqual(EXPECTED_COUNTS);
    expect(errors).toEqual([]);
    await page.close();
  });
});
