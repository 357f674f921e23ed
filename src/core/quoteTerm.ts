import { foldText } from "./foldText";

const WORD = /[\p{L}\p{N}%]+/gu;
const fold = (word: string) => foldText(word).replace(/[^a-z0-9%]/g, "");

/**
 * The words of a label that a folded lexicon term stands for, as they were typed, so that a message quotes the
 * officer's words and not the lexicon's folded form; the term itself where its words are not found as a run.
 * Example: `quoteTerm("CC,VC không vi phạm Luật giao thông", "khong vi pham")` → `"không vi phạm"`.
 */
export function quoteTerm(label: string, term: string): string {
  const want = term.split(" ").filter(Boolean);
  if (want.length === 0) return term;
  const tokens = [...label.matchAll(WORD)];
  const folded = tokens.map((t) => fold(t[0]));
  for (let i = 0; i + want.length <= tokens.length; i++) {
    if (!want.every((w, k) => folded[i + k] === w)) continue;
    const first = tokens[i]!;
    const last = tokens[i + want.length - 1]!;
    return label.slice(first.index, last.index + last[0].length);
  }
  return term;
}
