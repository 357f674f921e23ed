import { foldWords } from "./foldText";
import type { ColumnRole } from "./types";

/** Known header names per role (folded: lower case, no diacritics). Longer names win over shorter ones. */
const NAMES: Record<ColumnRole, string[]> = {
  target: [
    "chi tieu nghi quyet",
    "chi tieu ke hoach",
    "chi tieu giao",
    "chi tieu",
    "ke hoach",
    "muc tieu",
    "nghi quyet",
    "target",
    "plan",
    "planned",
    "goal",
  ],
  result: [
    "ket qua dat duoc",
    "ket qua thuc hien",
    "ket qua",
    "thuc hien",
    "uoc thuc hien",
    "uoc dat",
    "actual",
    "result",
    "results",
    "achieved",
  ],
  attainment: [
    "ty le dat duoc",
    "ti le dat duoc",
    "ty le hoan thanh",
    "ti le hoan thanh",
    "so voi ke hoach",
    "so voi chi tieu",
    "so voi nghi quyet",
    "ty le",
    "ti le",
    "achievement",
    "attainment",
    "completion rate",
  ],
  label: ["noi dung chi tieu", "ten chi tieu", "noi dung", "indicator", "indicators", "description", "chi tieu"],
  number: ["so tt", "so thu tu", "stt", "tt", "no", "number"],
  notes: ["ghi chu", "notes", "note", "remarks"],
  status: ["ket qua danh gia", "danh gia", "xep loai", "status", "evaluation", "assessment"],
};

/** "Chỉ tiêu" names the label only when another column is the target; as a target it yields to clearer names. */
const AMBIGUOUS = "chi tieu";

/** Words that say nothing about a column's role ("năm 2023", "(%)"). */
const NEUTRAL = new Set(["nam", "year", "dvt", "don", "vi", "tinh"]);

export interface HeaderMatch {
  role: ColumnRole;
  score: number;
}

const ALIASES: { role: ColumnRole; words: string[]; score: number }[] = (
  Object.entries(NAMES) as [ColumnRole, string[]][]
).flatMap(([role, names]) =>
  names.map((name) => ({
    role,
    words: name.split(" "),
    // The ambiguous name scores a little lower as a target and lower still as a label.
    score: name === AMBIGUOUS ? (role === "target" ? name.length - 0.5 : name.length - 1) : name.length,
  })),
);

function contains(words: string[], part: string[]): boolean {
  outer: for (let i = 0; i + part.length <= words.length; i++) {
    for (let j = 0; j < part.length; j++) if (words[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Every role a header text may name, best first. A name counts only when it covers at least half of the
 * header's meaningful words, so a data row such as "Về công tác chuyên môn: 03 chỉ tiêu" is not a header.
 * Example: `matchHeader("Chỉ tiêu\nNghị quyết\n%")[0]` → `{ role: "target", score: 19 }`.
 */
export function matchHeader(text: string): HeaderMatch[] {
  const words = foldWords(text);
  const meaningful = words.filter((w) => !NEUTRAL.has(w) && !/^\d+$/.test(w)).length;
  if (meaningful === 0) return [];
  const best = new Map<ColumnRole, number>();
  for (const alias of ALIASES) {
    if (alias.words.length * 2 < meaningful || !contains(words, alias.words)) continue;
    const exact = alias.words.length === meaningful ? 0.25 : 0;
    const score = alias.score + exact;
    if ((best.get(alias.role) ?? -1) < score) best.set(alias.role, score);
  }
  return [...best.entries()].map(([role, score]) => ({ role, score })).sort((a, b) => b.score - a.score);
}
