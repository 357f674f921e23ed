import { installFakeOffice, uninstallFakeOffice, type FakeHost } from "../../test/fakes";
import { decodeReport, encodeReport, parseReportMessage, type Report } from "../dialog/report";
import { reportView } from "../dialog/renderReport";
import { dialogUrl, showReportDialog } from "./showReportDialog";

let host: FakeHost;
beforeEach(() => {
  host = installFakeOffice(globalThis);
});
afterEach(() => {
  uninstallFakeOffice(globalThis);
  jest.useRealTimers();
});

const report: Report = {
  lang: "vi",
  ok: true,
  title: "Đã tính tỷ lệ đạt",
  lines: ['Trang "<b>Báo cáo</b>" & #1', "Dòng 2"],
};
const PAGE = "https://localhost:3000/commands.html";
const later = () => Date.now() + 60_000;

/** Lets the fake's asynchronous callbacks run. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the result dialog", () => {
  it("sends the report with messageChild once the page is ready, with nothing in the URL (DialogApi 1.2)", async () => {
    const shown = showReportDialog(report, { pageUrl: PAGE, deadline: later(), canMessageChild: true });
    await tick();
    const dialog = host.dialogs[0]!;
    expect(dialog.url).toBe("https://localhost:3000/dialog.html");
    expect(dialog.childMessages).toEqual([]);
    dialog.sendToParent("ready");
    expect(dialog.childMessages).toHaveLength(1);
    expect(parseReportMessage(dialog.childMessages[0]!)).toEqual(report);
    expect(dialog.closed).toBe(false);
    dialog.sendToParent("close");
    await shown;
    expect(dialog.closed).toBe(true);
  });

  it("falls back to the fragment on hosts without DialogApi 1.2", async () => {
    const shown = showReportDialog(report, { pageUrl: PAGE, deadline: later(), canMessageChild: false });
    await tick();
    const url = new URL(host.dialogs[0]!.url);
    expect(url.origin + url.pathname).toBe("https://localhost:3000/dialog.html");
    expect(decodeReport(url.hash)).toEqual(report);
    host.dialogs[0]!.sendToParent("close");
    await shown;
    expect(host.dialogs[0]!.childMessages).toEqual([]);
  });

  it("resolves when the user closes the dialog with its X", async () => {
    const shown = showReportDialog(report, { pageUrl: PAGE, deadline: later() });
    await tick();
    host.dialogs[0]!.closeByUser();
    await expect(shown).resolves.toBeUndefined();
  });

  it("resolves when the dialog cannot be opened", async () => {
    host.dialogFailure = 12007;
    await expect(showReportDialog(report, { pageUrl: PAGE, deadline: later() })).resolves.toBeUndefined();
    expect(host.dialogs).toHaveLength(0);
  });

  it("closes itself at the command's deadline, however late it was opened", async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const clickedAt = 1_000_000 - 200_000; // the compute took 200 s
    const shown = showReportDialog(report, { pageUrl: PAGE, deadline: clickedAt + 270_000 });
    await jest.advanceTimersByTimeAsync(10);
    expect(host.dialogs[0]!.closed).toBe(false);
    await jest.advanceTimersByTimeAsync(69_000);
    expect(host.dialogs[0]!.closed).toBe(false);
    await jest.advanceTimersByTimeAsync(1_000);
    await shown;
    expect(host.dialogs[0]!.closed).toBe(true);
  });

  it("keeps the fallback URL short, survives damage and what hosts append", () => {
    const long: Report = { ...report, lines: Array.from({ length: 40 }, (_, i) => `${i} ${"x".repeat(1000)}`) };
    const decoded = decodeReport(encodeReport(long))!;
    expect(decoded.lines).toHaveLength(12);
    expect(decoded.lines[0]!.length).toBe(400);
    expect(dialogUrl(report, undefined, false)).toMatch(/^dialog\.html#/);
    expect(dialogUrl(report, undefined, true)).toBe("dialog.html");
    expect(decodeReport("#not-json")).toBeNull();
    const encoded = `#${encodeReport(report)}`;
    expect(decodeReport(`${encoded}&_host_Info=Excel$Win32$16.01$vi-VN`)).toEqual(report);
    expect(decodeReport(`${encoded}#more`)).toEqual(report);
    expect(parseReportMessage("ready")).toBeNull();
    expect(parseReportMessage(JSON.stringify({ type: "other", report }))).toBeNull();
    expect(reportView(decodeReport("#garbage"), "en-US")).toEqual({
      lang: "en",
      ok: false,
      title: "Compute attainment",
      lines: ["There is nothing to show."],
      close: "Close",
    });
    expect(reportView(decodeReport(encoded))).toMatchObject({
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
    for (let i = 0; i < 10 && host.dialogs.length === 0; i++) await tick();
    // The dialog object reaches the command in displayDialogAsync's callback, one turn after the dialog opens.
    await tick();
    // The fake host has DialogApi 1.2: the report goes with messageChild once the page is ready.
    host.dialogs[0]!.sendToParent("ready");
    expect(host.dialogs[0]!.childMessages).toHaveLength(1);
    host.dialogs[0]!.sendToParent("close");
    await running;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("registers nothing when the boot check judged the engine too old", () => {
    (globalThis as { attainmentBoot?: unknown }).attainmentBoot = { engine: "trident", started: () => false };
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above.
        require("./index");
      });
      expect(host.actions.has("computeAttainment")).toBe(false);
    } finally {
      delete (globalThis as { attainmentBoot?: unknown }).attainmentBoot;
    }
  });
});
