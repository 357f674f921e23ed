import type { Lang } from "../core";
import type { FileLike, OutputFile } from "./createFilePort";
import { XLSX_TYPE } from "./outputFileName";
import { spawnEngineWorker } from "./spawnEngineWorker";
import type { WebDeps } from "./WebApp/useWebApp";
import type { SettingsStorage } from "./webSettings";

/** The sample report shipped beside the page (the build copies samples/*.xlsx there). */
export const SAMPLE_PATH = "samples/bao-cao-thi-dua-2021.xlsx";

function storage(): SettingsStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Some browsers throw on access when site data is blocked.
  }
}

async function fetchSample(): Promise<FileLike> {
  const response = await fetch(new URL(SAMPLE_PATH, document.baseURI));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const blob = await response.blob();
  return {
    name: SAMPLE_PATH.split("/").pop() ?? "sample.xlsx",
    size: blob.size,
    arrayBuffer: () => blob.arrayBuffer(),
  };
}

function saveFile({ name, bytes, type = XLSX_TYPE }: OutputFile): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next tick of the event loop; a minute is generous.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The page's ties to the browser: the engine worker, localStorage, the sample fetch and downloads. */
export function browserDeps(): WebDeps {
  return { spawn: spawnEngineWorker, storage: storage(), fetchSample, saveFile };
}

/**
 * The language to start in: `?lang=en` in the address, else Vietnamese like the task pane (officers' browsers
 * are often set to English, so the browser's language is not a good guess).
 */
export function startLang(): Lang {
  return new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "vi";
}
