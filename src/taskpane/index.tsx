/* Task pane entry: the one place that touches `document` and `Office`. It decides between the add-in
 * (Excel host: the shared UI on the Office.js port) and the standalone page (anything else). */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createExcelPort } from "../excel";
import { AttainmentApp, AttainmentProvider } from "../ui";
import { detectHost, initialLanguage } from "./bootOffice";

/** Long enough for a slow Office client; outside Office the local office.js answers in well under a second. */
const READY_TIMEOUT_MS = 10_000;

async function start(root: HTMLElement): Promise<void> {
  const info = await detectHost(window as Window & { Office?: typeof Office }, READY_TIMEOUT_MS);
  if (info.host === "excel") {
    createRoot(root).render(
      <StrictMode>
        <AttainmentProvider>
          <AttainmentApp port={createExcelPort()} initialLang={initialLanguage(info.displayLanguage)} />
        </AttainmentProvider>
      </StrictMode>,
    );
    return;
  }
  const { mountWeb } = await import(/* webpackChunkName: "standalone" */ "../web/mountWeb");
  mountWeb(root);
}

const root = document.getElementById("root");
if (root) {
  start(root).catch((error: unknown) => {
    // Nothing else is on screen yet, so the failure is shown in the page itself, in both languages.
    const detail = error instanceof Error ? error.message : String(error);
    root.textContent = `Không tải được bổ trợ. Hãy đóng và mở lại bảng điều khiển. / The add-in could not load. Close and reopen the task pane. (${detail})`;
    root.setAttribute("role", "alert");
  });
}
