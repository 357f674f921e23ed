import { useEffect, useState, type RefObject } from "react";
import type { Lang } from "../../core";

/**
 * The language of the panel around an element, followed as it changes. The panel keeps its language to itself
 * and marks it on its `<main lang>`; the banner, rendered inside, reads it from there.
 */
export function useContainerLang(ref: RefObject<HTMLElement | null>, fallback: Lang): Lang {
  const [lang, setLang] = useState<Lang>(fallback);
  useEffect(() => {
    const holder = ref.current?.parentElement?.closest("[lang]");
    if (!holder) return;
    const read = () => setLang(holder.getAttribute("lang") === "en" ? "en" : "vi");
    read();
    const observer = new MutationObserver(read);
    observer.observe(holder, { attributes: true, attributeFilter: ["lang"] });
    return () => observer.disconnect();
  }, [ref]);
  return lang;
}
