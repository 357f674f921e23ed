import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AttainmentProvider } from "../ui";
import { browserDeps, startLang } from "./browserDeps";
import { WebApp } from "./WebApp/WebApp";

/**
 * Mounts the standalone page into `root`: choose or drop an .xlsx file, compute in the browser, download the
 * result. (taskpane.html opened in a plain browser tab moves to this page.)
 */
export function mountWeb(root: HTMLElement): void {
  // A file dropped beside the drop zone would make the browser leave the page to show the file.
  const keepPage = (event: DragEvent) => event.preventDefault();
  window.addEventListener("dragover", keepPage);
  window.addEventListener("drop", keepPage);
  createRoot(root).render(
    <StrictMode>
      <AttainmentProvider>
        <WebApp deps={browserDeps()} initialLang={startLang()} />
      </AttainmentProvider>
    </StrictMode>,
  );
}
