/* Task pane entry: the one place that touches `document` and `Office`. Inside Excel it mounts the shared UI on
 * the Office.js port; in a plain browser tab it moves to the standalone page (index.html), a page of its own that
 * never loads office.js. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { signalStarted } from "../boot";
import { createExcelPort } from "../excel";
import { AttainmentApp, AttainmentProvider } from "../ui";
import { detectHost, initialLanguage, standaloneUrl } from "./bootOffice";
import { showBootNotice } from "./showBootNotice";

/** Outside Office the CDN's office.js answers "no host" within a second; inside, Excel may take far longer. */
const WAIT = { outsideMs: 5_000, slowMs: 10_000, stuckMs: 60_000 };

async function start(root: HTMLElement): Promise<void> {
  const web = standaloneUrl(window.location);
  const info = await detectHost(window as Window & { Office?: typeof Office }, {
    ...WAIT,
    onNotice: (notice) => showBootNotice(root, notice, web),
  });
  if (info.host === "outside") {
    window.location.replace(web);
    return;
  }
  if (info.host !== "excel") {
    showBootNotice(root, info.host, web);
    return;
  }
  root.replaceChildren();
  root.removeAttribute("role");
  createRoot(root).render(
    <StrictMode>
      <AttainmentProvider>
        <AttainmentApp port={createExcelPort()} initialLang={initialLanguage(info.displayLanguage)} />
      </AttainmentProvider>
    </StrictMode>,
  );
}

const root = document.getElementById("root");
if (root && signalStarted(window)) {
  start(root).catch((error: unknown) => {
    // Nothing else is on screen yet, so the failure is shown in the page itself, in both languages.
    const detail = error instanceof Error ? error.message : String(error);
    root.textContent = `Không tải được bổ trợ. Hãy đóng và mở lại bảng điều khiển. / The add-in could not load. Close and reopen the task pane. (${detail})`;
    root.setAttribute("role", "alert");
  });
}
