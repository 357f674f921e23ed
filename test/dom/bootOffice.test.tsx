import { detectHost, initialLanguage, insideOffice, OFFICE_CDN, type HostWindow } from "../../src/taskpane/bootOffice";

const HostType = { Excel: "Excel", Word: "Word" } as unknown as typeof Office.HostType;

function fakeWindow(options: { search?: string; framed?: boolean; office?: HostWindow["Office"] }): HostWindow {
  const self = {} as Window & typeof globalThis;
  return {
    document,
    location: { search: options.search ?? "", hash: "" } as Location,
    self,
    top: options.framed ? ({} as Window) : self,
    Office: options.office,
  };
}

describe("task pane boot", () => {
  it.each([
    ["an Office URL", { search: "?_host_Info=Excel$Win32$16.01$en-US$$$$0" }, true],
    ["a frame (Office on the web)", { framed: true }, true],
    ["a plain browser tab", {}, false],
  ])("knows whether %s is inside Office", (_, options, inside) => {
    expect(insideOffice(fakeWindow(options))).toBe(inside);
  });

  it("loads nothing in a plain browser tab", async () => {
    const before = document.scripts.length;
    await expect(detectHost(fakeWindow({}), 1000)).resolves.toEqual({ host: "none" });
    expect(document.scripts.length).toBe(before);
  });

  it("uses an Office installed by the host without loading a script, and reads its language", async () => {
    const onReady = jest.fn(async () => ({ host: HostType.Excel, platform: null }));
    const win = fakeWindow({ office: { onReady, HostType, context: { displayLanguage: "en-GB" } } as never });
    const before = document.scripts.length;
    await expect(detectHost(win, 1000)).resolves.toEqual({ host: "excel", displayLanguage: "en-GB" });
    expect(document.scripts.length).toBe(before);
  });

  it("treats another host as outside Excel", async () => {
    const onReady = jest.fn(async () => ({ host: HostType.Word, platform: null }));
    await expect(detectHost(fakeWindow({ office: { onReady, HostType } as never }), 1000)).resolves.toEqual({
      host: "none",
    });
  });

  it("stops waiting for an onReady that never resolves", async () => {
    jest.useFakeTimers();
    try {
      const onReady = jest.fn(() => new Promise<never>(() => {}));
      const pending = detectHost(fakeWindow({ office: { onReady, HostType } as never }), 5000);
      await jest.advanceTimersByTimeAsync(5000);
      await expect(pending).resolves.toEqual({ host: "none" });
    } finally {
      jest.useRealTimers();
    }
  });

  it("loads office.js from Microsoft's CDN inside Office and gives up when it fails to load", async () => {
    const win = fakeWindow({ search: "?_host_Info=Excel$Win32$16.01$en-US$$$$0" });
    const pending = detectHost(win, 1000);
    const script = document.head.querySelector<HTMLScriptElement>(`script[src="${OFFICE_CDN}"]`);
    expect(script).not.toBeNull();
    script!.dispatchEvent(new Event("error"));
    await expect(pending).resolves.toEqual({ host: "none" });
    script!.remove();
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
