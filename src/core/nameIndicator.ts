import { foldText, toNFC } from "./foldText";
import { headerOf } from "./headerOf";
import type { Outline } from "./outlineRows";
import { sharedNames } from "./sharedNames";
import type { Indicator, Lang, TableLayout } from "./types";

/** The lead of a sub-line ("Trong đó:", "- Trong đó: có", "Tr.đó:"), dropped from its name. */
const SUB_LEAD = /^[-–+•*\s]*(trong\s+(đó|do)|tr\.\s*(đó|do)|in which|of which)\s*[:,]?\s*(có\s+)?/iu;
/** A numbering or bullet opening a label: "Chỉ tiêu 1:", "1.", "1.1.", "a)", "- ", "+ ", "* ". */
const LEAD = /^(chỉ tiêu\s+\d+\s*[:.]|\d+(\.\d+)*[.)](?=\s)|[a-zđ]\)(?=\s)|[-–+•*]+)\s*/iu;
const MAX_NAME = 90;
/** White space that collapsing changes: a character other than a plain space, or a space followed by more. */
const LOOSE_SPACE = /[^\S ]| \s/;

/**
 * Whether the lead of a sub-line may open the text (SUB_LEAD): after its bullets and spaces the text goes on with
 * "t", "i" or "o" in either case, or with a character past ASCII that this quick test leaves to the expression.
 * Most labels ("- Chỉ tiêu 1") do not. Example: `maySubLead("- Trong đó:") === true`, `maySubLead("- Chỉ tiêu 1") === false`.
 */
export function maySubLead(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (c >= 0x80 || lower === 0x74 || lower === 0x69 || lower === 0x6f) return true;
    // The bullets and ASCII white space that SUB_LEAD skips.
    if (c !== 0x2d && c !== 0x2b && c !== 0x2a && c !== 0x20 && (c < 0x09 || c > 0x0d)) return false;
  }
  return false;
}

/** A character that ends a name's line without being part of it (space, ":", ".", ";", ","). */
const TRAILING = /[\s:.;,]/;

/** The text with its first letter in upper case; most names start with a capital already and come back as they are. */
function capitalize(s: string): string {
  const code = s.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return s;
  // ASCII has no language-specific upper case in Vietnamese: only other letters need the locale's rules.
  if (code >= 0x61 && code <= 0x7a) return String.fromCharCode(code - 0x20) + s.slice(1);
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/**
 * An indicator's own name for a sentence: its first line without numbering, bullet, "Trong đó:" lead or trailing
 * colon, at most 90 characters, capitalised. Example: `ownName("Trong đó: có ít nhất 50% cá nhân …")` →
 * "Ít nhất 50% cá nhân …".
 */
export function ownName(label: string): string {
  const trimmed = toNFC(label).trim();
  const text = maySubLead(trimmed) ? trimmed.replace(SUB_LEAD, "") : trimmed;
  const first = !text.includes("\n")
    ? text
    : (text
        .split("\n")
        .map((l) => l.trim())
        .find((l) => l !== "") ?? "");
  const led = first.replace(LEAD, "");
  const bare = TRAILING.test(led.charAt(led.length - 1)) ? led.replace(/[\s:.;,]+$/, "") : led;
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

function indicatorNodes(outline: Outline): number[] {
  const lines: number[] = [];
  for (let at = 0; at < outline.nodes.length; at++) if (outline.nodes[at]!.row.kind === "indicator") lines.push(at);
  return lines;
}

/**
 * Names the indicators of a table for its narrative. A line that alone does not say what it counts is named with
 * the line or group it sits under ("Về khen thưởng – Cá nhân", "Đoàn viên đủ điều kiện được phân loại – Đạt loại
 * xuất sắc"): one or two words, a short breakdown of the line above ("Trong đó:", a "- " line under a line with
 * values), or a name the table uses for two lines; a short line directly in a block of a table in blocks is named with
 * the block's caption.
 * Example: in the sample, "+ Cá nhân:" under "3 Về khen thưởng" is named "Về khen thưởng – Cá nhân".
 */
export function indicatorNamer(outline: Outline): (node: number) => string {
  const labelOf = (at: number): string => {
    const row = outline.nodes[at]!.row;
    return row.kind === "indicator" ? row.indicator.label : row.label;
  };
  // The narrative asks for a few names; only those (and their parents) are kept.
  const asked = new Map<number, string>();
  const nameOf = (at: number): string => {
    let name = asked.get(at);
    if (name === undefined) asked.set(at, (name = ownName(labelOf(at))));
    return name;
  };
  // Telling a name the table uses twice needs every line's name, counted without keeping them; the count is made
  // on the first line that asks (a line with nothing above it never does).
  let shared: ((name: string) => boolean) | null = null;
  const isShared = (name: string): boolean => {
    if (!shared) {
      const lines = indicatorNodes(outline);
      shared = sharedNames(lines.length, (i) => ownName(labelOf(lines[i]!)));
    }
    return shared(name);
  };
  // The block caption each top line sits in (a table in blocks), made on the first line that needs it.
  let captionOf: Map<number, number> | null = null;
  const captionAbove = (at: number): number | undefined => {
    if (!captionOf) {
      captionOf = new Map();
      for (const n of outline.nodes)
        if (n.row.kind === "section" && n.row.caption) for (const c of n.children) captionOf.set(c, n.index);
    }
    return captionOf.get(at);
  };
  return (at) => {
    const node = outline.nodes[at]!;
    const own = nameOf(at);
    const parent = node.parent >= 0 ? outline.nodes[node.parent]! : null;
    if (!parent) {
      // A short name in a block ("2016/17" under "KPI 1.1 Percentage of Council Tax collected") takes its caption.
      const caption = wordCount(own) <= 2 ? captionAbove(at) : undefined;
      return caption === undefined ? own : `${nameOf(caption)} – ${own}`;
    }
    const words = wordCount(own);
    // A breakdown of a line with values ("Trong đó: …", "- Dịch vụ (%)" under a growth rate) needs it more often.
    const breakdown = node.marker === "trongDo" || parent.row.kind === "indicator";
    const ambiguous = words <= 2 || (breakdown && words <= 5) || isShared(own);
    if (!ambiguous) return own;
    const parentName = nameOf(node.parent);
    return parentName ? (own ? `${parentName} – ${own}` : parentName) : own;
  };
}

/**
 * The names the summary's audit lists its lines by, the narrative's own: for each line with a discrepancy, in order,
 * the name of the outline's last node on its sheet row. Example: "+ Cá nhân:" (the sample's 180 against 108) is
 * listed as "Về khen thưởng – Cá nhân".
 */
export function discrepancyNames(outline: Outline, indicators: Indicator[], name: (node: number) => string): string[] {
  const rows = new Set<number>();
  for (let i = 0; i < indicators.length; i++) if (indicators[i]!.discrepancy) rows.add(indicators[i]!.row);
  if (rows.size === 0) return [];
  const nodeOf = new Map<number, number>();
  const nodes = outline.nodes;
  for (let at = 0; at < nodes.length; at++) if (rows.has(nodes[at]!.row.row)) nodeOf.set(nodes[at]!.row.row, at);
  const names: string[] = [];
  for (let i = 0; i < indicators.length; i++)
    if (indicators[i]!.discrepancy) names.push(name(nodeOf.get(indicators[i]!.row)!));
  return names;
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
  const header = foldText(headerOf(table, table.columns.target));
  let best: { kind: TargetKind; at: number } = { kind: "target", at: Infinity };
  for (const [kind, pattern] of KINDS) {
    const at = header.search(pattern);
    if (at >= 0 && at < best.at) best = { kind, at };
  }
  return PHRASES[lang][best.kind];
}
