/* The engine worker: the package reader and writer and the engine run here, so the page stays responsive. */
import { createEngineHost } from "./engineHost";
import type { EngineRequest, EngineResponse } from "./engineProtocol";

const host = createEngineHost();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  void host.handle(event.data, (response) => {
    // The output workbook's buffer is handed over rather than copied.
    const output =
      response.kind === "result" && response.result.ok
        ? (response.result.value as { output?: Uint8Array }).output
        : undefined;
    scope.postMessage(response, output ? [output.buffer] : []);
  });
};
