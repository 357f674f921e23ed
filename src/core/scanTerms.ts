import { foldText } from "./foldText";

/** Folded symbols: a–z, 0–9 and "%" are word characters; everything else separates words. */
const SEPARATOR = 0;
const SKIP = -1;
/** The symbol of a folded character; no character folds to several letters or digits (checked in the tests). */
const symbolOf = (folded: string): number => {
  // Only combining marks fold to nothing (foldText trims spaces away, so they are told apart before).
  if (folded === "") return SKIP;
  if (folded.length > 1) return SEPARATOR;
  const c = folded.charCodeAt(0);
  if (c >= 97 && c <= 122) return c - 96; // 1–26
  if (c >= 48 && c <= 57) return c - 48 + 27; // 27–36
  return c === 37 ? 37 : SEPARATOR;
};
const SYMBOLS = 38;

/** Each character's folded symbol, as `foldText` folds it alone (combining marks vanish, "đ" is "d"). */
const FOLDED = new Int8Array(0x2000);
const foldChar = (c: number): number => {
  const ch = String.fromCharCode(c);
  return /\s/.test(ch) ? SEPARATOR : symbolOf(foldText(ch));
};
for (let c = 0; c < FOLDED.length; c++) FOLDED[c] = foldChar(c);
const foldedAbove = new Map<number, number>();
function symbolAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x2000) return FOLDED[c]!;
  let s = foldedAbove.get(c);
  if (s === undefined) foldedAbove.set(c, (s = foldChar(c)));
  return s;
}

/**
 * A matcher for whole-word terms (folded, words separated by one space) that reads a text character by character,
 * folding as `foldText` does and without building strings: whether the text holds a term.
 * Example: `scanTerms(["ho ngheo"])("Tỷ lệ hộ nghèo (%)") === true`.
 * @throws Error when a term is not folded words (a–z, 0–9, "%", one space between): a broken lexicon.
 */
export function scanTerms(terms: Iterable<string>): (text: string) => boolean {
  // A trie over symbols, flat: next[node * SYMBOLS + symbol] is the child (0 = none); node 0 is the root.
  const next: number[] = new Array<number>(SYMBOLS).fill(0);
  const ends: boolean[] = [false];
  for (const term of terms) {
    if (!/^[a-z0-9%]+( [a-z0-9%]+)*$/.test(term)) throw new Error(`Not a folded term: "${term}"`);
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const s = term[i] === " " ? SEPARATOR : symbolOf(term[i]!);
      const at = node * SYMBOLS + s;
      if (next[at] === 0) {
        next[at] = ends.length;
        ends.push(false);
        for (let k = 0; k < SYMBOLS; k++) next.push(0);
      }
      node = next[at]!;
    }
    ends[node] = true;
  }
  const trie = Int32Array.from(next);
  return (text: string) => {
    let wordStart = true;
    for (let i = 0; i < text.length; i++) {
      const s = symbolAt(text, i);
      if (s === SKIP) continue;
      if (s === SEPARATOR) {
        wordStart = true;
        continue;
      }
      if (!wordStart) continue;
      wordStart = false;
      // Walk the trie from this word's start; separators between words read as one space.
      let node = trie[s]!;
      let sep = false;
      for (let j = i + 1; node !== 0; j++) {
        const t = j < text.length ? symbolAt(text, j) : SEPARATOR;
        if (t === SKIP) continue;
        if (t === SEPARATOR) {
          if (sep) {
            if (j >= text.length) break;
            continue;
          }
          if (ends[node]) return true;
          if (j >= text.length) break;
          sep = true;
          node = trie[node * SYMBOLS + SEPARATOR]!;
          continue;
        }
        sep = false;
        node = trie[node * SYMBOLS + t]!;
      }
    }
    return false;
  };
}
