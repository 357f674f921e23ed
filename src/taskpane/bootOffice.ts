/* Waiting for Office, for the task pane entry. office.js itself is referenced in taskpane.html's <head>, from
 * Microsoft's CDN, as the docs require ("You must reference the Office JavaScript API from inside the <head>
 * section": https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
 * Globals come in as parameters so the steps can be tested with a fake window. */

type OfficeGlobal = Pick<typeof Office, "onReady" | "HostType"> & { context?: { displayLanguage?: string } };
export type HostWindow = Pick<Window, "location" | "self" | "top"> & { Office?: OfficeGlobal };

/**
 * Where the pane finds itself: in Excel; in a plain browser tab (it moves to the standalone page); inside Office
 * without office.js (the CDN was blocked); or in another Office application.
 */
export type HostInfo =
  { host: "excel"; displayLanguage: string } | { host: "outside" } | { host: "noOfficeJs" } | { host: "otherApp" };

/** What the pane tells the user while Office takes long to answer. */
export type WaitNotice = "slow" | "stuck";

export interface WaitOptions {
  /** Outside Office, how long to wait for office.js to say "no host" before moving to the standalone page. */
  outsideMs: number;
  /** Inside Office, when to say that Excel is slow to answer, and when to say what to do (it keeps waiting). */
  slowMs: number;
  stuckMs: number;
  onNotice: (notice: WaitNotice) => void;
}

/** True when the page runs inside an Office client: its URL carries `_host_Info=` or it sits in a frame. */
export function insideOffice(win: Pick<Window, "location" | "self" | "top">): boolean {
  const url = `${win.location.search}${win.location.hash}`;
  // Comparing window objects is allowed across origins, unlike reading anything from `top`.
  return url.includes("_host_Info=") || win.self !== win.top;
}

/**
 * Waits for `Office.onReady`. Inside Office it never gives up (a slow Excel start must not turn the pane into
 * something else): it reports "slow" after `slowMs` and "stuck" after `stuckMs` and still mounts when Office
 * answers. In a plain tab, office.js answers "no host" at once; after `outsideMs` without an answer the page is
 * taken to be outside Office.
 */
export async function detectHost(win: HostWindow, options: WaitOptions): Promise<HostInfo> {
  const inside = insideOffice(win);
  const office = win.Office;
  if (!office) return { host: inside ? "noOfficeJs" : "outside" };
  const timers: ReturnType<typeof setTimeout>[] = [];
  const ready = office.onReady().catch(() => null);
  let info: Awaited<typeof ready> | "timeout";
  if (inside) {
    timers.push(setTimeout(() => options.onNotice("slow"), options.slowMs));
    timers.push(setTimeout(() => options.onNotice("stuck"), options.stuckMs));
    info = await ready;
  } else {
    const timeout = new Promise<"timeout">((resolve) =>
      timers.push(setTimeout(() => resolve("timeout"), options.outsideMs)),
    );
    info = await Promise.race([ready, timeout]);
  }
  timers.forEach(clearTimeout);
  if (info === "timeout" || !info?.host) return { host: inside ? "otherApp" : "outside" };
  if (info.host !== office.HostType.Excel) return { host: "otherApp" };
  return { host: "excel", displayLanguage: office.context?.displayLanguage ?? "" };
}

/** The standalone page beside the task pane, keeping the query (e.g. `?lang=en`). */
export function standaloneUrl(location: Pick<Location, "href">): string {
  const url = new URL("index.html", location.href);
  url.search = new URL(location.href).search;
  return url.toString();
}

/** The panel's starting language: English when Office's display language is English, else Vietnamese. */
export function initialLanguage(displayLanguage: string): "vi" | "en" {
  return displayLanguage.toLowerCase().startsWith("en") ? "en" : "vi";
}
