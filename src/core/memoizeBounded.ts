/**
 * A reading remembered per text across calls, for texts a table repeats (units, headings): at most `limit` are kept,
 * and the memory is emptied when it is full, so a long session never grows it without bound.
 * Example: `const groups = memoizeBounded(5000, groupsByOutcome); groups("Chỉ tiêu không đạt")` reads it once.
 */
export function memoizeBounded<V>(limit: number, read: (text: string) => V): (text: string) => V {
  const known = new Map<string, V>();
  return (text) => {
    if (known.has(text)) return known.get(text)!;
    const value = read(text);
    if (known.size > limit) known.clear();
    known.set(text, value);
    return value;
  };
}
