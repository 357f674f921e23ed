import { installFakeOffice, uninstallFakeOffice, type FakeHost } from "../../test/fakes";
import { decodeReport, encodeReport, type Report } from "../dialog/report";
import { reportView } from "../dialog/renderReport";
import { dialogUrl, showReportDialog } from "./showReportDialog";

let host: FakeHost;
beforeEach(() => {
  host = installFakeOffice(globalThis);
});
afterEach(() => uninstallFakeOffice(globalThis));

const report: Report = {
  lang: "vi",
  ok: true,
  title: "Đã tính tỷ lệ đạt",
  lines: ['Trang "<b>Báo cáo</b>" & #1', "Dòng 2"],
};
const PAGE = "https://localhost:3000/commands.html";

/** Lets the fake's asynchronous callbacks run. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the result dialog", () => {
  it("opens dialog.html beside the command page with the report in the fragment", async () => {
    const shown = showReportDialog(report, { pageUrl: PAGE });
    await tick();
    const url = new URL(host.dialogs[0]!.url);
    expect(url.origin + url.pathname).toBe("https://localhost:3000/dialog.html");
    expect(decodeReport(url.hash)).toEqual(report);
    host.dialogs[0]!.sendToParent("close");
    await shown;
    expect(host.dialogs[0]!.closed).toBe(true);
  });

  it("resolves when the user closes the dialog with its X", async () => {
    const shown = showReportDialog(report, { pageUrl: PAGE });
    await tick();
    host.dialogs[0]!.closeByUser();
    await expect(shown).resolves.toBeUndefined();
  });

  it("resolves when the dialog cannot be opened", async () => {
    host.dialogFailure = 12007;
    await expect(showReportDialog(report, { pageUrl: PAGE })).resolves.toBeUndefined();
    expect(host.dialogs).toHaveLength(0);
  });

  it("closes itself before Office ends the command", async () => {
    const shown = showReportDialog(report, { pageUrl: PAGE, timeoutMs: 20 });
    await shown;
    expect(host.dialogs[0]!.closed).toBe(true);
  });

  it("keeps the URL short and survives damage", () => {
    const long: Report = { ...report, lines: Array.from({ length: 40 }, (_, i) => `${i} ${"x".repeat(1000)}`) };
    const decoded = decodeReport(encodeReport(long))!;
    expect(decoded.lines).toHaveLength(12);
    expect(decoded.lines[0]!.length).toBe(400);
    expect(dialogUrl(report, undefined)).toMatch(/^dialog\.html#/);
    expect(decodeReport("#not-json")).toBeNull();
    expect(reportView("#garbage", "en-US")).toEqual({
      lang: "en",
      ok: false,
      title: "Compute attainment",
      lines: ["There is nothing to show."],
      close: "Close",
    });
    expect(reportView(`#${encodeReport(report)}`)).toMatchObject({
      title: report.title,
      lines: report.lines,
      close: "Đóng",
    });
  });
});

describe("the function file", () => {
  it("registers computeAttainment with Office and completes the event", async () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the entry registers on load; it must load after the fake host is installed.
      require("./index");
    });
    const action = host.actions.get("computeAttainment");
    expect(action).toBeDefined();
    const event = { completed: jest.fn() };
    const running = action!(event) as Promise<void>;
    await tick();
    await tick();
    host.dialogs[0]?.sendToParent("close");
    await running;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
