/** 32-bit FNV-1a hash of a text's UTF-16 code units, as a signed integer (kept unboxed by the engine). */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

/**
 * Tells whether more than one of `count` names (the i-th given by `nameAt(i)`) is the same as a given name, ignoring
 * case, without keeping the names: each is counted by its hash in a table of numbers; only where a hash is shared
 * are the names compared as text (once, on the first question of that kind), so the answer is exact.
 * Example: with the names "Số hộ nghèo", "số hộ nghèo", "Tỷ lệ hộ nghèo", `shared("SỐ HỘ NGHÈO") === true`.
 */
export function sharedNames(count: number, nameAt: (i: number) => string): (name: string) => boolean {
  let size = 2;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  // Open addressing: the full hash in `hashes`, how many names have it in `counts` (0: an empty slot).
  const hashes = new Int32Array(size);
  const counts = new Uint32Array(size);
  const slot = (h: number): number => {
    let at = h & mask;
    while (counts[at] !== 0 && hashes[at] !== h) at = (at + 1) & mask;
    return at;
  };
  for (let i = 0; i < count; i++) {
    const h = hashOf(nameAt(i).toLowerCase());
    const at = slot(h);
    hashes[at] = h;
    counts[at]!++;
  }
  let exact: Map<string, number> | null = null;
  return (name) => {
    const key = name.toLowerCase();
    if (counts[slot(hashOf(key))]! < 2) return false;
    if (!exact) {
      exact = new Map();
      for (let i = 0; i < count; i++) {
        const k = nameAt(i).toLowerCase();
        if (counts[slot(hashOf(k))]! >= 2) exact.set(k, (exact.get(k) ?? 0) + 1);
      }
    }
    return (exact.get(key) ?? 0) > 1;
  };
}
