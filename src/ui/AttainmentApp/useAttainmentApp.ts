import { useState } from "react";
import type { WorkbookPort } from "../../port";

/**
 * A session number that changes whenever a new port arrives, so the panel below remounts with fresh state
 * and reads the new workbook.
 */
export function useAttainmentApp(port: WorkbookPort): number {
  const [current, setCurrent] = useState({ port, session: 0 });
  // Adjusting state while rendering when a prop changes (React's documented alternative to an effect).
  if (current.port !== port) setCurrent({ port, session: current.session + 1 });
  return current.port === port ? current.session : current.session + 1;
}
