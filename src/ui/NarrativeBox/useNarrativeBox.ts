import { useRef, useState } from "react";
import { copyText, type CopyResult } from "../copyText";

/** Copy state of the narrative: a ref to the paragraph, the copy action and how the last copy went. */
export function useNarrativeBox(text: string) {
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [result, setResult] = useState<CopyResult | null>(null);
  const copy = async () => {
    if (!paragraph.current) return;
    setResult(await copyText(paragraph.current, text));
  };
  return { paragraph, result, copy };
}
