/**
 * @jest-environment jsdom
 *
 * The dialog page the button opens (src/dialog, whose tests live here because the node jest project covers
 * src/commands): the report is shown as text only, Close reaches the opener, and the report arrives either with
 * messageChild (DialogApi 1.2) or, from older hosts, in the URL fragment.
 */
import { renderReport, reportView } from "../dialog/renderReport";
import { encodeReport, reportMessage, type Report } from "../dialog/report";

const report: Report = { lang: "en", ok: true, title: "Attainment computed", lines: ["18 indicators"] };

describe("the result dialog page", () => {
  it("shows the report as text, never as HTML, and calls back on Close", () => {
    document.body.innerHTML = '<main id="report"></main>';
    const onClose = jest.fn();
    const damaged: Report = {
      lang: "en",
      ok: false,
      title: "Could not compute",
      lines: ['<img src="x" onerror="alert(1)">', "Sheet “Báo cáo”"],
    };
    renderReport(document, reportView(damaged), onClose);
    expect(document.querySelector("img")).toBeNull();
    expect([...document.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      '<img src="x" onerror="alert(1)">',
      "Sheet “Báo cáo”",
    ]);
    expect(document.querySelector("h1")?.className).toBe("failed");
    expect(document.documentElement.lang).toBe("en");
    const button = document.querySelector("button")!;
    expect(button.textContent).toBe("Close");
    expect(document.activeElement).toBe(button);
    button.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

/** A stand-in for office.js inside the dialog: what the page registers and sends. */
function installDialogOffice(dialogApi12: boolean) {
  const sent: string[] = [];
  let handler: ((arg: { message: string; origin?: string }) => void) | null = null;
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogParentMessageReceived: "dialogParentMessageReceived" },
    onReady: (callback: () => void) => {
      callback();
      return Promise.resolve({ host: "Excel" });
    },
    context: {
      displayLanguage: "vi-VN",
      requirements: {
        isSetSupported: (name: string, v: string) => name === "DialogApi" && (v === "1.1" || dialogApi12),
      },
      ui: {
        messageParent: (message: string) => void sent.push(message),
        addHandlerAsync: (_type: string, h: typeof handler, done: (r: { status: string }) => void) => {
          handler = h;
          done({ status: "succeeded" });
        },
      },
    },
  };
  return { sent, parentSends: (message: string, origin = window.location.origin) => handler?.({ message, origin }) };
}

function loadPage(hash = "") {
  document.body.innerHTML = '<main id="report"></main>';
  window.location.hash = hash;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the page's entry runs on load, after the stand-in is installed.
    require("../dialog/index");
  });
}

describe("the dialog page receiving the report", () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    window.location.hash = "";
  });

  it("asks for the report and shows what messageChild sends (DialogApi 1.2)", () => {
    const office = installDialogOffice(true);
    loadPage();
    expect(office.sent).toEqual(["ready"]);
    office.parentSends(reportMessage(report), "https://elsewhere.example");
    expect(document.querySelector("h1")).toBeNull();
    office.parentSends(reportMessage(report));
    expect(document.querySelector("h1")?.textContent).toBe("Attainment computed");
    expect(document.querySelector("p")?.textContent).toBe("18 indicators");
  });

  it("reads the fragment on hosts without DialogApi 1.2", () => {
    const office = installDialogOffice(false);
    loadPage(`#${encodeReport(report)}`);
    expect(office.sent).toEqual([]);
    expect(document.querySelector("h1")?.textContent).toBe("Attainment computed");
  });
});
