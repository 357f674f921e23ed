import type { PortError, PortResult } from "../port";

/**
 * Turns a port call that threw (which a port should not do) into an ordinary failure,
 * so the panel always has a message bar to show instead of an unhandled rejection.
 */
export async function settle<T>(call: () => Promise<PortResult<T>>): Promise<PortResult<T>> {
  try {
    return await call();
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : String(thrown);
    const error: PortError = { kind: "host", code: "unknown", detail };
    return { ok: false, error };
  }
}
