import { foldText, toNFC } from "./foldText";
import type { Outline } from "./outlineRows";
import type { Lang, TableLayout } from "./types";

/** The lead of a sub-line ("Trong đó:", "- Trong đó: có", "Tr.đó:"), dropped from its name. */
const SUB_LEAD = /^[-–+•*\s]*(trong\s+(đó|do)|tr\.\s*(đó|do)|in which|of which)\s*[:,]?\s*(có\s+)?/iu;
/** A numbering or bullet opening a label: "Chỉ tiêu 1:", "1.", "1.1.", "a)", "- ", "+ ", "* ". */
const LEAD = /^(chỉ tiêu\s+\d+\s*[:.]|\d+(\.\d+)*[.)](?=\s)|[a-zđ]\)(?=\s)|[-–+•*]+)\s*/iu;
const MAX_NAME = 90;
/** White space that collapsing changes: a character other than a plain space, or a space followed by more. */
const LOOSE_SPACE = /[^\S ]| \s/;

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

/**
 * An indicator's own name for a sentence: its first line without numbering, bullet, "Trong đó:" lead or trailing
 * colon, at most 90 characters, capitalised. Example: `ownName("Trong đó: có ít nhất 50% cá nhân …")` →
 * "Ít nhất 50% cá nhân …".
 */
export function ownName(label: string): string {
  const text = toNFC(label).trim().replace(SUB_LEAD, "");
  const first = !text.includes("\n")
    ? text
    : (text
        .split("\n")
        .map((l) => l.trim())
        .find((l) => l !== "") ?? "");
  const bare = first.replace(LEAD, "").replace(/[\s:.;,]+$/, "");
  // Most names are spaced with single spaces already: replacing would only copy them.
  const name = (LOOSE_SPACE.test(bare) ? bare.replace(/\s+/g, " ") : bare).trim();
  return capitalize(name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 3).trimEnd()}…` : name);
}

/** Words of a name, units in brackets left out ("Dịch vụ (%)" has two). */
const wordCount = (s: string): number =>
  s
    .replace(/\([^)]*\)/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;

/**
 * Names the indicators of a table for its narrative. A line that alone does not say what it counts is named with
 * the line or group it sits under ("Về khen thưởng – Cá nhân", "Đoàn viên đủ điều kiện được phân loại – Đạt loại
 * xuất sắc"): one or two words, a short breakdown of the line above ("Trong đó:", a "- " line under a line with
 * values), or a name the table uses for two lines.
 * Example: in the sample, "+ Cá nhân:" under "3 Về khen thưởng" is named "Về khen thưởng – Cá nhân".
 */
export function indicatorNamer(outline: Outline): (node: number) => string {
  // Every node's own name, read once: the narrative asks for a few, but telling a name the table uses twice needs all.
  const names = outline.nodes.map((n) => ownName(n.row.kind === "indicator" ? n.row.indicator.label : n.row.label));
  const uses = new Map<string, number>();
  for (let at = 0; at < names.length; at++) {
    if (outline.nodes[at]!.row.kind !== "indicator") continue;
    const key = names[at]!.toLowerCase();
    uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  return (at) => {
    const node = outline.nodes[at]!;
    const own = names[at]!;
    const parent = node.parent >= 0 ? outline.nodes[node.parent]! : null;
    const words = wordCount(own);
    // A breakdown of a line with values ("Trong đó: …", "- Dịch vụ (%)" under a growth rate) needs it more often.
    const breakdown = node.marker === "trongDo" || parent?.row.kind === "indicator";
    const ambiguous = words <= 2 || (breakdown && words <= 5) || (uses.get(own.toLowerCase()) ?? 0) > 1;
    if (!ambiguous || !parent) return own;
    const parentName = names[node.parent]!;
    return parentName ? (own ? `${parentName} – ${own}` : parentName) : own;
  };
}

/** What the targets are, by their column's header: the resolution, the plan, the budget, a goal, or targets. */
type TargetKind = "resolution" | "plan" | "budget" | "goal" | "forecast" | "target";

const KINDS: [TargetKind, RegExp][] = [
  ["resolution", /\b(nghi quyet|nq|resolution)\b/],
  ["plan", /\b(ke hoach|kh|plan|planned)\b/],
  ["budget", /\b(du toan|budget|budgeted)\b/],
  ["goal", /\b(muc tieu|goal)\b/],
  ["forecast", /\b(du bao|forecast)\b/],
];

const PHRASES: Record<Lang, Record<TargetKind, string>> = {
  vi: {
    resolution: "so với Nghị quyết",
    plan: "so với kế hoạch",
    budget: "so với dự toán",
    goal: "so với mục tiêu",
    forecast: "so với dự báo",
    target: "so với chỉ tiêu",
  },
  en: {
    resolution: "the resolution's targets",
    plan: "the plan",
    budget: "the budget",
    goal: "the goal",
    forecast: "the forecast",
    target: "their targets",
  },
};

/**
 * What the results are compared with, in the narrative's words, from the target column's own header (the word that
 * comes first in it). Example: "Chỉ tiêu Nghị quyết %" → "so với Nghị quyết"; "Kế hoạch năm 2019" → "so với kế
 * hoạch"; "Budget" → "the budget" in English.
 */
export function comparedWith(table: TableLayout, lang: Lang): string {
  const header = foldText(table.headers.find((h) => h.col === table.columns.target)?.text ?? "");
  let best: { kind: TargetKind; at: number } = { kind: "target", at: Infinity };
  for (const [kind, pattern] of KINDS) {
    const at = header.search(pattern);
    if (at >= 0 && at < best.at) best = { kind, at };
  }
  return PHRASES[lang][best.kind];
}
