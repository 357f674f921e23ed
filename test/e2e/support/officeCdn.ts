import type { Page } from "playwright-core";

/** Microsoft's CDN address of office.js, as the pages reference it in <head>. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Answers the pages' request for office.js from Microsoft's CDN with a script that does nothing, so the simulated
 * Excel host (installed before the page's scripts) stays in place, as the real office.js would find its host.
 * Returns the CDN requests seen.
 */
export async function stubOfficeCdn(page: Page): Promise<string[]> {
  const requests: string[] = [];
  await page.route("https://appsforoffice.microsoft.com/**", (route) => {
    requests.push(route.request().url());
    return route.fulfill({ contentType: "text/javascript", body: "/* office.js stand-in: the host is simulated */" });
  });
  return requests;
}
