import type { EngineWorker } from "./engineProtocol";

/**
 * Starts the engine worker. Webpack turns `new URL(…, import.meta.url)` into a separate chunk holding ExcelJS,
 * loaded only when a file is opened. Kept apart from the port so unit tests can pass an in-process worker.
 */
export function spawnEngineWorker(): EngineWorker {
  return new Worker(new URL("./engine.worker.ts", import.meta.url)) as unknown as EngineWorker;
}
