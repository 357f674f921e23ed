import type { PortResult, Progress } from "../port";
import type { EngineAnswers, EngineRequest, EngineResponse, EngineWorker } from "./engineProtocol";

type Pending = { resolve: (result: PortResult<never>) => void; onProgress?: (p: Progress) => void };

/** Requests without their id; the client numbers them. */
type Ask = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, "id"> : never) : never;

/**
 * The page's side of the engine worker: numbers each request, routes progress to its caller and resolves
 * with the worker's answer. A worker that fails (a script error, out of memory) ends every open request
 * with an "unknown" error instead of leaving the panel waiting for ever, and `onBroken` is told.
 */
export function createEngineClient(worker: EngineWorker, onBroken: () => void = () => {}) {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let broken: string | null = null;

  worker.onmessage = (event) => {
    const message: EngineResponse = event.data;
    const entry = pending.get(message.id);
    if (!entry) return;
    if (message.kind === "progress") entry.onProgress?.(message.progress);
    else {
      pending.delete(message.id);
      entry.resolve(message.result as PortResult<never>);
    }
  };
  worker.onerror = (event) => {
    broken = event.message || "the engine worker stopped";
    for (const entry of pending.values())
      entry.resolve({ ok: false, error: { kind: "host", code: "unknown", detail: broken } });
    pending.clear();
    onBroken();
  };

  /** Sends one request; `transfer` hands buffers over instead of copying them. */
  function request<K extends Ask["op"]>(
    ask: Extract<Ask, { op: K }>,
    onProgress?: (p: Progress) => void,
    transfer: Transferable[] = [],
  ): Promise<PortResult<EngineAnswers[K]>> {
    if (broken !== null)
      return Promise.resolve({ ok: false, error: { kind: "host", code: "unknown", detail: broken } });
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, { resolve: resolve as Pending["resolve"], onProgress });
      worker.postMessage({ ...ask, id } as EngineRequest, transfer);
    });
  }

  return { request, terminate: () => worker.terminate() };
}

/** The page's handle on the engine worker. */
export type EngineClient = ReturnType<typeof createEngineClient>;
