import { foldText, toNFC } from "./foldText";
import { memoizeBounded } from "./memoizeBounded";
import { HEADER_NAMES, ISSUER_WORDS, PERIOD_WORDS, type HeaderRole } from "./headerNames";
import { expandShortYears } from "./readPeriodHeader";

export type { HeaderRole } from "./headerNames";

export interface HeaderMatch {
  role: HeaderRole;
  score: number;
}

/** What a header text says: the roles it may name (best first), its period, its unit. */
export interface HeaderReading {
  matches: HeaderMatch[];
  /** The latest year the text names (2023 in "Thực hiện 6 tháng đầu năm 2023"), or null. */
  year: number | null;
  /** The period as a key ("2023", "6t 2023"), so two columns of the same period compare equal; "" when none. */
  period: string;
  /** A unit written in the header ("%", "tỷ đồng"), or null. */
  unit: string | null;
}

const TOKEN = /%|[a-z0-9]+/g;
const isYear = (t: string) => /^(19|20)\d\d$/.test(t);
const isPeriod = (t: string) => /^\d+$/.test(t) || PERIOD_WORDS.has(t);
/**
 * Period words, numbers, issuers and terms ("HĐND tỉnh", "khóa XX"): set aside from a header's words. "vi" is
 * Roman six but mostly "đơn vị", so it stays a word.
 */
const isNeutral = (t: string) =>
  isPeriod(t) || ISSUER_WORDS.has(t) || (t !== "vi" && /^x{0,2}(ix|iv|v?i{0,3})$/.test(t));

const ALIASES: { role: HeaderRole; words: string[]; score: number }[] = (
  Object.entries(HEADER_NAMES) as [HeaderRole, string[]][]
).flatMap(([role, names]) =>
  names.map((name) => ({
    role,
    words: aliasWords(name),
    // The ambiguous "chỉ tiêu" scores a little lower as a target and lower still as a label; comparisons with last
    // year ("so với cùng kỳ") outrank the plain attainment names they contain.
    score: name === "chi tieu" ? (role === "target" ? 7.5 : 7) : role === "compare" ? name.length + 6 : name.length + 0,
  })),
);

/**
 * A name's words without its period words; a "tu" ending a name is "tự" ("số thứ tự"), not "từ" (from), and stays,
 * so "Số thu" (revenue) is not read as "số thứ tự". Example: `aliasWords("so thu tu")` → ["so", "thu", "tu"].
 */
function aliasWords(name: string): string[] {
  const all = name.split(" ");
  return all.filter((w, i) => !isPeriod(w) || (w === "tu" && i === all.length - 1 && i > 0));
}

function tokens(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

function indexOf(words: string[], part: string[], from = 0): number {
  outer: for (let i = from; i + part.length <= words.length; i++) {
    for (let j = 0; j < part.length; j++) if (words[i + j] !== part[j]) continue outer;
    return i;
  }
  return -1;
}

/** Parenthesised parts that name no role are units ("(%)", "(tỷ đồng)"); they are set aside before matching. */
function splitUnits(folded: string, original: string): { rest: string; unit: string | null } {
  let unit: string | null = null;
  const rest = folded.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    const words = tokens(inner);
    // A period in brackets ("(1996-2000)", "(6 tháng)") says when, not in what unit.
    if (words.length === 0 || words.length > 4 || words.every(isPeriod) || roleScores(words).size > 0) return whole;
    unit ??= inner.trim() === "%" ? "%" : originalInner(original, inner);
    return " ";
  });
  return { rest, unit };
}

/** The unit as typed (diacritics kept), found at the same place in the original text. */
function originalInner(original: string, foldedInner: string): string {
  for (const m of original.normalize("NFC").matchAll(/\(([^()]*)\)/g)) {
    if (foldText(m[1]!) === foldText(foldedInner)) return m[1]!.trim();
  }
  return foldedInner.trim();
}

/** Best score per role over the aliases found in the words, plus how many words the found aliases cover. */
function roleScores(words: string[]): Map<HeaderRole, number> {
  return cover(words).best;
}

function cover(words: string[]): { best: Map<HeaderRole, number>; covered: boolean[] } {
  const found: { role: HeaderRole; at: number; end: number; score: number }[] = [];
  const covered = words.map(() => false);
  for (const alias of ALIASES) {
    let at = indexOf(words, alias.words);
    if (at < 0) continue;
    // A name that opens the header is what the column is ("Nội dung chỉ tiêu kế hoạch" is a label).
    found.push({ role: alias.role, at, end: at + alias.words.length, score: alias.score + (at === 0 ? 3 : 0) });
    while (at >= 0) {
      for (let j = 0; j < alias.words.length; j++) covered[at + j] = true;
      at = indexOf(words, alias.words, at + 1);
    }
  }
  const best = new Map<HeaderRole, number>();
  for (const f of found) {
    // A name inside a longer name of another role is part of that name: "so với" (a comparison) in "So với KH".
    const inside = found.some(
      (g) => g.role !== f.role && g.end - g.at > f.end - f.at && g.at <= f.at && g.end >= f.end,
    );
    if (!inside && (best.get(f.role) ?? -1) < f.score) best.set(f.role, f.score);
  }
  return { best, covered };
}

/**
 * The words of a header text that no role name covers, folded: what a key line says beside its names (a rating
 * such as "Target not achieved" says more than "Kết quả đạt được", a column name).
 * Example: `wordsBesideNames("Target not achieved")` → "not"; `wordsBesideNames("Kết quả đạt được")` → "".
 */
export function wordsBesideNames(text: string): string {
  const words = tokens(foldText(text));
  const { covered } = cover(words);
  return words.filter((_, i) => !covered[i]).join(" ");
}

/** "so KH", "so kế hoạch", "so NQ", "so chỉ tiêu" (compared with the target), as typed: "so", not "số". */
const SO_TARGET = /(^|[\s/(])so\s+(với\s+)?(kh|kế\s+hoạch|nq|nghị\s+quyết|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán)(?![\p{L}])/u;

/**
 * Words that are a result's name alone ("Current", "Latest", "YTD", "Cumulative", "Estimate") but say when or how
 * beside another name ("Current Target", "YTD Target", "Target/estimate", "Estimated actual").
 */
const QUALIFIERS = new Set(["current", "latest", "now", "ytd", "yearend", "cumulative", "estimate", "estimated"]);

/**
 * Sets "current" and "latest" aside where the other words name a role: "Current Target" is this period's target,
 * not a result. Example: `withoutQualifiers(["current", "target"])` → `["target"]`; `["current"]` stays.
 */
function withoutQualifiers(words: string[]): string[] {
  if (words.length < 2 || !words.some((w) => QUALIFIERS.has(w))) return words;
  const rest = words.filter((w) => !QUALIFIERS.has(w));
  return roleScores(rest).size > 0 ? rest : words;
}

/** A question header without a role name that asks for a verdict: "Met?", "On track?", "Đạt?". */
const readsAsVerdict = (folded: string) => /\b(met|on track|on target|achieved|dat|hoan thanh)\b/.test(folded);

/**
 * Reads a header text by score: every role whose name it contains, best first (longer names, names that open the
 * header). Years, period words ("6 tháng đầu năm") and units in brackets are set aside; what is left must be mostly
 * covered by names (at most two other words, or half as many as the names cover), so a data row such as
 * "Về công tác chuyên môn: 03 chỉ tiêu" names nothing.
 * Example: `readHeader("Kế hoạch năm 2024 (tỷ đồng)")` → target, year 2024, unit "tỷ đồng".
 */
export const readHeader: (text: string) => HeaderReading = memoizeBounded(5000, readHeaderText);

function readHeaderText(text: string): HeaderReading {
  // A data file's name in one word ("YTDScaled", "OneYrImproving"): its words, as "YTD Scaled", "One Yr Improving".
  if (!/\s/.test(text))
    text = text.replace(/([a-z])(?=[A-Z])/g, "$1 ").replace(/([A-Z]{2,})(?=[A-Z][a-z]{2,})/g, "$1 ");
  // "FY2026" is the fiscal year 2026; "Ch/tiêu", "C.tiêu" are "Chỉ tiêu" shortened.
  const folded = expandShortYears(foldText(text))
    .replace(/\bfy(?=(19|20)\d\d\b)/g, "fy ")
    .replace(/\bch?\s*[./]\s*tieu\b/g, "chi tieu")
    // "Tổng cục", "Cục" (a general department, a department) set a figure: an issuer, as "Bộ" is.
    .replace(/\btong cuc\b/g, "cuc")
    // "Percent of Annual Target" is "% of annual target".
    .replace(/\bper ?cent\b/g, "%")
    // "Year to date" is "YTD": a result alone, a qualifier beside a name ("Q2 year to date target").
    .replace(/\byear to date\b/g, "ytd")
    // "Our progress (year to date)", "Progress to date": the figure reached so far, a result (not a verdict).
    .replace(/\bprogress\s*(?:\(\s*ytd\s*\)|ytd|to date)(?![a-z0-9])|\bytd progress\b/g, "ytd")
    // "Year-End LPD", "Yr end total" is the year's result; beside another name a qualifier ("Year End Target").
    .replace(/\b(?:year|yr)[ -]end\b/g, "yearend")
    // "Kpi#", "#": the number sign closing a header names the number column.
    .replace(/#$/, " no")
    // "Our target for repairs performance", "Target for A/B inspection grades": what the target is for qualifies it.
    .replace(/^(?:our )?(targets?|goals?|aims?) for [^\d]*$/, "$1");
  const { rest, unit: bracketUnit } = splitUnits(folded, text);
  const all = tokens(rest);
  // A neutral word inside a name stays ("thành" of "hoàn thành" is also the "thành" of "thành phố").
  const inName = all.some(isNeutral) ? cover(all).covered : null;
  const words = withoutQualifiers(all.filter((w, i) => !isNeutral(w) || inName?.[i] === true));
  const years = [...new Set(tokens(folded).filter(isYear).map(Number))];
  const months = /\b(\d{1,2}) thang\b/.exec(folded)?.[1] ?? (/\bquy\b/.test(folded) ? "q" : "");
  const year = years.length > 0 ? Math.max(...years) : null;
  let unit: string | null = bracketUnit;
  let matches: HeaderMatch[] = [];
  if (all.every((w) => w === "%" || /^\d+$/.test(w)) && all.some((w) => w !== "%")) {
    // A figure ("98%", "12,5 %") is a value, not a header.
  } else if (words.length === 1 && words[0] === "yearend") {
    // "Year end" alone names a period, as "Quarter 1" does: no role of its own.
  } else if (words.length === 1 && words[0] === "%") {
    matches = [{ role: "attainment", score: 1 }];
  } else {
    // A "%" beside other words is the column's unit ("Kế hoạch %"), unless a name holds it ("% achieved").
    const { best, covered } = cover(words);
    let names = 0;
    let others = 0;
    words.forEach((w, i) => {
      if (covered[i]) names++;
      else if (w === "%") unit ??= "%";
      else others++;
    });
    // "% KH", "% NQ", "% kế hoạch năm", "% thực hiện": a percent of the target, or the share done, is the attainment.
    const target = best.get("target") ?? best.get("result");
    if (words[0] === "%" && target !== undefined)
      best.set("attainment", Math.max(best.get("attainment") ?? 0, target + 2));
    // "So KH (%)", "TH so KH": the result compared with the target is the rate. "So" without its accent only, as
    // "Số kế hoạch" (the plan's figure) folds to the same letters.
    if (target !== undefined && SO_TARGET.test(toNFC(text).toLowerCase()))
      best.set("attainment", Math.max(...best.values()) + 2);
    // "Tỷ lệ giải ngân", "Tỷ lệ thực hiện": the share of a result is the rate.
    if ((words[0] === "ty" || words[0] === "ti") && words[1] === "le" && best.has("result"))
      best.set("attainment", Math.max(...best.values()) + 2);
    // "Performance (%)" beside the figures is the share of the target achieved: the rate, not the result.
    if (unit === "%" && words.length === 1 && words[0] === "performance") best.set("attainment", 20);
    // "So với chỉ tiêu Chính phủ đã hứa trước Quốc hội": compared with a target, whoever set it, is the rate.
    const compared = words[0] === "so" && words[1] === "voi" && best.has("attainment") && !best.has("compare");
    if (names > 0 && (others <= 2 || others * 2 <= names || compared))
      matches = [...best.entries()].map(([role, score]) => ({ role, score })).sort((a, b) => b.score - a.score);
    // "Đạt %", "Đạt (%)", "% đạt": the share reached, the rate (a bare "Đạt" heads status words).
    else if (unit === "%" && words.filter((w) => w !== "%").join(" ") === "dat")
      matches = [{ role: "attainment", score: 8 }];
  }
  // "Aim 2019/20": an aim of a period is that period's target; a polarity column ("Aim": High / Low) names no period.
  if (year !== null && /^(?:aims?|goals?)$/.test(words.join(" ")) && matches[0]?.role === "direction")
    matches = [{ role: "target", score: matches[0].score }];
  // "2014 KPI", "FY2014 KPI": a year's KPI names the indicators or that year's figure, the target, as "Chỉ tiêu" does.
  if (year !== null && words.join(" ") === "kpi" && matches[0]?.role === "label")
    matches = [{ role: "target", score: matches[0].score }, ...matches];
  // A question ("Achieved?", "Target met?", "On track?") is answered line by line: the status.
  if (/\?\s*$/.test(text) && (matches.length > 0 || readsAsVerdict(rest))) matches = [{ role: "status", score: 9 }];
  // "Target Met" heads the verdicts line by line ("Sad face representing not being on target"), as the question does.
  else if (/^(targets?|goals?) met$/.test(rest.trim())) matches = [{ role: "status", score: 9 }];
  const reading: HeaderReading = {
    matches,
    year,
    period: [months ? `${months}t` : "", years.join("-")].filter(Boolean).join(" "),
    unit,
  };
  return reading;
}

/**
 * Every role a header text may name, best first (see `readHeader`).
 * Example: `matchHeader("Chỉ tiêu\nNghị quyết\n%")[0]` → `{ role: "target", score: 22 }`.
 */
export function matchHeader(text: string): HeaderMatch[] {
  return readHeader(text).matches;
}
