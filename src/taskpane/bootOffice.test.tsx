import {
  detectHost,
  initialLanguage,
  insideOffice,
  standaloneUrl,
  type HostWindow,
  type WaitNotice,
} from "./bootOffice";
import { showBootNotice } from "./showBootNotice";

const HostType = { Excel: "Excel", Word: "Word" } as unknown as typeof Office.HostType;
const OFFICE_URL = "?_host_Info=Excel$Win32$16.01$en-US$$$$0";

function fakeWindow(options: { search?: string; framed?: boolean; office?: HostWindow["Office"] }): HostWindow {
  const self = {} as Window & typeof globalThis;
  return {
    location: {
      search: options.search ?? "",
      hash: "",
      href: `https://addin.example/taskpane.html${options.search ?? ""}`,
    } as Location,
    self,
    top: options.framed ? ({} as Window) : self,
    Office: options.office,
  };
}

const office = (onReady: () => Promise<unknown>, displayLanguage?: string) =>
  ({ onReady, HostType, context: { displayLanguage } }) as unknown as HostWindow["Office"];

function waitOptions() {
  const notices: WaitNotice[] = [];
  return {
    notices,
    options: { outsideMs: 5_000, slowMs: 10_000, stuckMs: 60_000, onNotice: (n: WaitNotice) => notices.push(n) },
  };
}

afterEach(() => jest.useRealTimers());

describe("task pane boot", () => {
  it.each([
    ["an Office URL", { search: OFFICE_URL }, true],
    ["a frame (Office on the web)", { framed: true }, true],
    ["a plain browser tab", {}, false],
  ])("knows whether %s is inside Office", (_, options, inside) => {
    expect(insideOffice(fakeWindow(options))).toBe(inside);
  });

  it("reads Excel and its language from Office", async () => {
    const { options } = waitOptions();
    const win = fakeWindow({ office: office(async () => ({ host: HostType.Excel }), "en-GB") });
    await expect(detectHost(win, options)).resolves.toEqual({ host: "excel", displayLanguage: "en-GB" });
  });

  it.each([
    ["office.js did not load, in a plain tab", {}, "outside"],
    ["office.js did not load, inside Office (the CDN is blocked)", { search: OFFICE_URL }, "noOfficeJs"],
  ] as const)("tells when %s", async (_, where, host) => {
    const { options } = waitOptions();
    await expect(detectHost(fakeWindow(where), options)).resolves.toEqual({ host });
  });

  it("is outside Office when office.js answers with no host", async () => {
    const { options } = waitOptions();
    const win = fakeWindow({ office: office(async () => ({ host: null })) });
    await expect(detectHost(win, options)).resolves.toEqual({ host: "outside" });
  });

  it("treats another Office application as such", async () => {
    const { options } = waitOptions();
    const win = fakeWindow({ framed: true, office: office(async () => ({ host: HostType.Word })) });
    await expect(detectHost(win, options)).resolves.toEqual({ host: "otherApp" });
  });

  it("never turns a slow Excel into the web page: it says so, keeps waiting and still mounts", async () => {
    jest.useFakeTimers();
    let answer: (info: unknown) => void = () => undefined;
    const win = fakeWindow({ search: OFFICE_URL, office: office(() => new Promise((resolve) => (answer = resolve))) });
    const { notices, options } = waitOptions();
    const pending = detectHost(win, options);
    await jest.advanceTimersByTimeAsync(9_000);
    expect(notices).toEqual([]);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(notices).toEqual(["slow"]);
    await jest.advanceTimersByTimeAsync(50_000);
    expect(notices).toEqual(["slow", "stuck"]);
    await jest.advanceTimersByTimeAsync(120_000);
    answer({ host: HostType.Excel });
    await expect(pending).resolves.toEqual({ host: "excel", displayLanguage: "" });
  });

  it("gives up on office.js in a plain tab after a few seconds", async () => {
    jest.useFakeTimers();
    const { notices, options } = waitOptions();
    const pending = detectHost(fakeWindow({ office: office(() => new Promise(() => undefined)) }), options);
    await jest.advanceTimersByTimeAsync(5_000);
    await expect(pending).resolves.toEqual({ host: "outside" });
    expect(notices).toEqual([]);
  });

  it("sends a plain tab to the standalone page, keeping the query", () => {
    expect(standaloneUrl({ href: "https://addin.example/chi-tieu/taskpane.html?lang=en#x" })).toBe(
      "https://addin.example/chi-tieu/index.html?lang=en",
    );
  });

  it("tells, in both languages, what to do when office.js is blocked", () => {
    const root = document.createElement("div");
    showBootNotice(root, "noOfficeJs", "https://addin.example/index.html");
    expect(root.getAttribute("role")).toBe("alert");
    expect([...root.querySelectorAll("div")].map((d) => d.lang)).toEqual(["vi", "en"]);
    expect(root.textContent).toContain("appsforoffice.microsoft.com");
    showBootNotice(root, "stuck", "https://addin.example/index.html");
    expect(root.querySelectorAll('a[href="https://addin.example/index.html"]')).toHaveLength(2);
    expect(root.textContent).toContain("Excel has still not answered after 60 seconds.");
  });

  it.each([
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["vi-VN", "vi"],
    ["fr-FR", "vi"],
    ["", "vi"],
  ] as const)("starts the panel for display language %j in %s", (display, lang) => {
    expect(initialLanguage(display)).toBe(lang);
  });
});
