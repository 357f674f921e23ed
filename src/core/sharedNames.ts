/** 32-bit FNV-1a hash of a text's UTF-16 code units, as a signed integer (kept unboxed by the engine). */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

/**
 * A code unit in lower case where `toLowerCase` maps it on its own, one unit for one, whatever surrounds it: ASCII,
 * Latin-1, the Vietnamese letters (Ă Đ Ĩ Ũ Ơ Ư and U+1EA0–U+1EFF) and the dashes, quotes and bullets; -1 for any
 * other unit (the whole text is then lowered by `toLowerCase`).
 * Example: `lowerUnit(0x1ea0) === 0x1ea1` ("Ạ" → "ạ"), `lowerUnit(0x3a3) === -1` ("Σ" depends on its place).
 */
export function lowerUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 0x20 : c;
  if (c >= 0x1ea0 && c <= 0x1eff) return c | 1;
  if (c >= 0x2010 && c <= 0x2027) return c;
  switch (c) {
    case 0x102: // Ă
    case 0x110: // Đ
    case 0x128: // Ĩ
    case 0x168: // Ũ
    case 0x1a0: // Ơ
    case 0x1af: // Ư
      return c + 1;
    case 0x103:
    case 0x111:
    case 0x129:
    case 0x169:
    case 0x1a1:
    case 0x1b0:
      return c;
  }
  return -1;
}

/**
 * The hash of a text in lower case, `hashOf(text.toLowerCase())`, without making the lower-case copy where every
 * unit lowers on its own (almost every name: `toLowerCase` of non-ASCII text is a slow call).
 */
function lowerHashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = lowerUnit(text.charCodeAt(i));
    if (c < 0) return hashOf(text.toLowerCase());
    h = Math.imul(h ^ c, 16777619);
  }
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
  // Open addressing: slot `at` holds the full hash at 2 × at and how many names have it next to it (0: an empty
  // slot), so that a look-up touches one place in memory, not two.
  const table = new Int32Array(size * 2);
  const slot = (h: number): number => {
    let at = h & mask;
    while (table[2 * at + 1] !== 0 && table[2 * at] !== h) at = (at + 1) & mask;
    return at;
  };
  const countOf = (h: number): number => table[2 * slot(h) + 1]!;
  for (let i = 0; i < count; i++) {
    const h = lowerHashOf(nameAt(i));
    const at = slot(h);
    table[2 * at] = h;
    table[2 * at + 1]!++;
  }
  let exact: Map<string, number> | null = null;
  return (name) => {
    if (countOf(lowerHashOf(name)) < 2) return false;
    const key = name.toLowerCase();
    if (!exact) {
      exact = new Map();
      for (let i = 0; i < count; i++) {
        const name = nameAt(i);
        if (countOf(lowerHashOf(name)) >= 2) {
          const k = name.toLowerCase();
          exact.set(k, (exact.get(k) ?? 0) + 1);
        }
      }
    }
    return (exact.get(key) ?? 0) > 1;
  };
}
