import { useState } from "react";
import type { Lang } from "../../core";
import type { WorkbookPort } from "../../port";

/**
 * The state that outlives a port: the UI language, and a session number that changes whenever a new
 * port arrives, so the panel below remounts with fresh state and reads the new workbook.
 */
export function useAttainmentApp(port: WorkbookPort, initialLang: Lang) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [current, setCurrent] = useState({ port, session: 0 });
  // Adjusting state while rendering when a prop changes (React's documented alternative to an effect).
  if (current.port !== port) setCurrent({ port, session: current.session + 1 });
  return { lang, setLang, session: current.port === port ? current.session : current.session + 1 };
}
