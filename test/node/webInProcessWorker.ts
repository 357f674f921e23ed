import { createEngineHost } from "../../src/web/engineHost";
import type { EngineRequest, EngineResponse, EngineWorker } from "../../src/web/engineProtocol";

/** A stand-in for the engine worker that runs the real engine host in this process, answering asynchronously. */
export function inProcessWorker(host = createEngineHost()) {
  const sent: EngineRequest["op"][] = [];
  const worker: EngineWorker & { sent: typeof sent; terminated: boolean; crash(message: string): void } = {
    sent,
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message: EngineRequest) {
      sent.push(message.op);
      setTimeout(() => {
        void host.handle(message, (response: EngineResponse) => {
          if (!worker.terminated) worker.onmessage?.({ data: response } as MessageEvent<EngineResponse>);
        });
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
    crash(message: string) {
      worker.onerror?.({ message } as ErrorEvent);
    },
  };
  return worker;
}
