/* Loading office.js and waiting for Office, for the task pane entry. Globals come in as parameters so the
 * steps can be tested with a fake window. */

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

type OfficeGlobal = Pick<typeof Office, "onReady" | "HostType"> & { context?: { displayLanguage?: string } };
export type HostWindow = Pick<Window, "document" | "location" | "self" | "top"> & { Office?: OfficeGlobal };

export type HostInfo = { host: "excel"; displayLanguage: string } | { host: "none" };

/** True when the page runs inside an Office client: its URL carries `_host_Info=` or it sits in a frame. */
export function insideOffice(win: Pick<Window, "location" | "self" | "top">): boolean {
  const url = `${win.location.search}${win.location.hash}`;
  // Comparing window objects is allowed across origins, unlike reading anything from `top`.
  return url.includes("_host_Info=") || win.self !== win.top;
}

/** Adds the office.js script tag and resolves once it has run (false when it failed to load). */
export function injectScript(doc: Document, src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const script = doc.createElement("script");
    script.src = src;
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    doc.head.appendChild(script);
  });
}

/**
 * Loads office.js from Microsoft's CDN when the page runs inside Office (unless a host or a test installed
 * `Office` already), then waits for `Office.onReady` at most `timeoutMs`. Outside Office nothing is loaded, so
 * the standalone page makes no request beyond its own server.
 */
export async function detectHost(win: HostWindow, timeoutMs: number): Promise<HostInfo> {
  if (!win.Office && !insideOffice(win)) return { host: "none" };
  if (!win.Office && !(await injectScript(win.document, OFFICE_CDN))) return { host: "none" };
  const office = win.Office;
  if (!office) return { host: "none" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  const info = await Promise.race([office.onReady().catch(() => null), timeout]);
  clearTimeout(timer);
  if (info?.host !== office.HostType.Excel) return { host: "none" };
  return { host: "excel", displayLanguage: office.context?.displayLanguage ?? "" };
}

/** The panel's starting language: English when Office's display language is English, else Vietnamese. */
export function initialLanguage(displayLanguage: string): "vi" | "en" {
  return displayLanguage.toLowerCase().startsWith("en") ? "en" : "vi";
}
