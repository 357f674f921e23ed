/**
 * The inline boot check (bootCheck.js): it must parse as ES5, since it has to run in Internet Explorer 11, and
 * it must tell old engines and failed bundles apart from a normal start. Run here in jsdom with the user agents
 * of the webviews Office uses; the same script runs in Chromium in test/e2e/boot.e2e.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
// acorn comes with eslint and webpack; it is the parser that can hold a script to ES5.
import { parse } from "acorn";

const SCRIPT = readFileSync(path.join(__dirname, "bootCheck.js"), "utf8");

const UA = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeHtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0",
  macWk: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
};

describe("the boot check's own syntax", () => {
  it("parses as ES5", () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("is checked by a parser that does reject modern syntax", () => {
    expect(() => parse("var a = {}; a?.b;", { ecmaVersion: 5 })).toThrow();
    expect(() => parse("const a = 1;", { ecmaVersion: 5 })).toThrow();
  });
});

type BootWindow = Window & {
  attainmentBoot?: { engine: string | null; started(): boolean };
  computeAttainment?: unknown;
};

function boot(page: string, userAgent: string): BootWindow {
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  document.documentElement.setAttribute("data-page", page);
  document.body.innerHTML = '<div id="root"><p class="boot">Đang tải… / Loading…</p></div>';
  delete (window as BootWindow).attainmentBoot;
  // The page inlines the script; running its text here is the same thing.
  window.eval(SCRIPT);
  return window as BootWindow;
}

const message = () => document.getElementById("boot-message");

describe("the boot check", () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    ["Internet Explorer 11 (volume-licensed Office 2016/2019)", UA.ie11, "trident", "Internet Explorer 11"],
    ["Edge Legacy (Office without WebView2)", UA.edgeHtml, "edgehtml", "WebView2 Runtime"],
  ])("tells users of %s what to do, in Vietnamese then English", (_, ua, engine, hint) => {
    const win = boot("taskpane", ua);
    expect(win.attainmentBoot?.engine).toBe(engine);
    const box = message()!;
    expect(box.getAttribute("role")).toBe("alert");
    expect([...box.children].map((c) => c.getAttribute("lang"))).toEqual(["vi", "en"]);
    expect(box.textContent).toContain(hint);
    expect(box.textContent).toContain("Excel trên web");
    expect(box.textContent).toContain("Excel on the web");
    // The standalone page's address, beside this page.
    expect(box.querySelector("a")?.getAttribute("href")).toBe("http://localhost/index.html");
    expect(document.getElementById("root")!.style.display).toBe("none");
    // The bundle, should it run at all, is told to stay out of the way.
    expect(win.attainmentBoot?.started()).toBe(false);
  });

  it.each([
    ["WebView2", UA.webView2],
    ["Safari (Office on Mac)", UA.macWk],
  ])("lets a current engine (%s) start without a message", (_, ua) => {
    jest.useFakeTimers();
    const win = boot("taskpane", ua);
    expect(win.attainmentBoot?.engine).toBeNull();
    expect(win.attainmentBoot?.started()).toBe(true);
    jest.advanceTimersByTime(30_000);
    expect(message()).toBeNull();
  });

  it("says the add-in did not start when the bundle never signals, and clears it once it does", () => {
    jest.useFakeTimers();
    const win = boot("taskpane", UA.webView2);
    jest.advanceTimersByTime(9_999);
    expect(message()).toBeNull();
    jest.advanceTimersByTime(1);
    expect(message()?.getAttribute("data-problem")).toBe("failed");
    expect(message()?.textContent).toContain("Bổ trợ chưa khởi động được");
    expect(win.attainmentBoot?.started()).toBe(true);
    expect(message()).toBeNull();
    expect(document.getElementById("root")!.style.display).toBe("");
  });

  it("says so at once when the page's script fails to load, but leaves office.js to the bundle", () => {
    boot("taskpane", UA.webView2);
    const office = document.createElement("script");
    office.src = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    document.head.append(office);
    office.dispatchEvent(new Event("error"));
    expect(message()).toBeNull();
    const bundle = document.createElement("script");
    bundle.src = "http://localhost/taskpane.0123abcd.js";
    document.head.append(bundle);
    bundle.dispatchEvent(new Event("error"));
    expect(message()?.getAttribute("data-problem")).toBe("failed");
  });

  it("gives the ribbon an explaining handler on an old engine: it opens the dialog page", () => {
    const opened: string[] = [];
    const completed = jest.fn();
    (window as unknown as { Office: unknown }).Office = {
      AsyncResultStatus: { Failed: "failed" },
      EventType: { DialogMessageReceived: "m", DialogEventReceived: "e" },
      context: {
        ui: {
          displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
            opened.push(url);
            cb({
              status: "succeeded",
              value: { addEventHandler: (_t: string, h: () => void) => h(), close: () => undefined },
            });
          },
        },
      },
    };
    try {
      const win = boot("commands", UA.ie11);
      document.dispatchEvent(new Event("DOMContentLoaded"));
      expect(message()).toBeNull();
      expect(typeof win.computeAttainment).toBe("function");
      (win.computeAttainment as (e: unknown) => void)({ completed });
      expect(opened).toEqual(["http://localhost/dialog.html"]);
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      delete (window as unknown as { Office?: unknown }).Office;
      delete (window as BootWindow).computeAttainment;
    }
  });
});
