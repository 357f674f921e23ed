import { foldText, toNFC } from "./foldText";
import { LOWER_QUANTITIES } from "./lowerQuantities";
import { scanTerms } from "./scanTerms";
import type { Direction } from "./types";

/** Names that hold a bad word without measuring it: the unemployment insurance scheme is joined, not suffered. */
const NAMES = ["bao hiem that nghiep", "unemployment insurance", "unemployment benefit insurance"];

/**
 * "Giám" (to oversee: "giám đốc thẩm", a cassation review; "giám sát", "giám định") folds to the "giam" of "giảm"
 * (to reduce): the word is dropped before folding, as it says nothing of which way is better.
 */
const OVERSEE = /(?<!\p{L})gi[áÁ]m(?!\p{L})/giu;

/**
 * Harms a service asks people to report ("Number of Domestic Abuse incidents", "hate crime"): a rising count may be
 * more reporting rather than more harm, so the count says nothing of which way is better.
 */
const REPORTING_SOUGHT = [
  "domestic abuse",
  "hate crime",
  "hate crimes",
  "hate incidents",
  "bao luc gia dinh",
  // A count of what was recorded is the records kept, not the harm done.
  "incidents recorded",
  "incidents reported",
];

/** The label saying outright which way is better ("Sickness absence – lower is better", "càng thấp càng tốt"). */
const SAID: [string, Direction][] = [
  ["lower is better", "lower"],
  ["smaller is better", "lower"],
  ["less is better", "lower"],
  ["higher is better", "higher"],
  ["bigger is better", "higher"],
  ["more is better", "higher"],
  ["cang thap cang tot", "lower"],
  ["cang it cang tot", "lower"],
  ["cang cao cang tot", "higher"],
  ["cang nhieu cang tot", "higher"],
];

/** Quantities that are always the good side of their pair: "Operational Surplus or Deficit", "xuất siêu". */
const HIGHER_QUANTITIES = ["surplus", "thang du", "xuat sieu"];

/**
 * In a budget table (target "Budget", "Dự toán"), spending is lower-is-better and income higher-is-better. Budget
 * spending as a whole ("Chi ngân sách … đạt 120% dự toán") and investment ("chi đầu tư") are the budget carried
 * out in Vietnamese reports, not savings: they keep the default.
 */
const BUDGET_LOWER = [
  "expenditure",
  "expenditures",
  "expense",
  "expenses",
  "spend",
  "spending",
  "cost",
  "costs",
  "chi phi",
  "chi thuong xuyen",
  // "Operating & Maintenance" (O&M), the running costs of an income statement.
  "operating maintenance",
  "operating and maintenance",
];
const BUDGET_HIGHER = ["income", "revenue", "revenues", "grants", "thu ngan sach", "tong thu"];

/** Quantities that are lower-is-better only where the label asks to bring them down ("giảm chi phí"). */
const LOWER_WHEN_REDUCED = ["chi phi", "chi thuong xuyen", "cost", "costs", "spending", "expenditure", "thoi gian"];

/** Verbs that ask for less ("giảm còn 2%", "kéo giảm", "reduce", "below", "does not exceed"). */
const LOWER_VERBS = [
  "giam con",
  "giam xuong",
  "keo giam",
  "giam",
  "reduce",
  "reduced",
  "reducing",
  "decrease",
  "decreased",
  "decreasing",
  "below",
  "not exceed",
  "not to exceed",
  "no more than",
  "khong vuot qua",
];

/** What a label is for, after what it measures: "… to ensure …", "… nhằm …"; read apart from the measure. */
const PURPOSE = [" to ensure ", " in order to ", " so as to ", " so that ", " to address ", " nham ", " de dam bao "];

/** A reduction or a rise named as the aim, then what measures it: "reduction in debt, as measured by the ratio". */
const AIM_MEASURED =
  / (reduction|reductions|reduce|reducing|decrease|lower|lowering|giam|increase|increasing|raise|tang) .* (as measured by|measured by|duoc do bang|do bang) /;

/** Words that measure the size of a reduction, which is higher-is-better ("Mức giảm tỷ lệ hộ nghèo"). */
const REDUCTION_SIZE = [
  "muc giam",
  "toc do giam",
  "so giam",
  "giam duoc",
  "giam binh quan",
  "ty le giam",
  "giam ngheo",
  "thoat ngheo",
  "reduction in",
  "decrease in",
];

/** Handling a bad thing is good: "giải quyết khiếu nại", "xử lý vi phạm", "complaints resolved". */
const HANDLED = [
  "giai quyet",
  "xu ly",
  "thu hoi",
  "khac phuc",
  "phat hien",
  // Crimes investigated and uncovered: "Tỉ lệ điều tra, khám phá các vụ phạm tội".
  "kham pha",
  "dieu tra",
  "resolved",
  "handled",
  "assessed",
  "cleared",
  "recovered",
  "fixed",
  "corrected",
  "sua chua",
  "responded",
  "respond to",
  "reply to",
  "replied to",
  "dealt with",
  "answered",
  "processed",
  "closed",
  "retrieved",
  "collected",
  "collection",
  "coordinated",
  "attended",
  "arrives at",
  "arrive at",
  // Telling people of a bad thing is good: "Notifying customers about unplanned water supply interruptions".
  "notifying",
  "notified",
  "notify",
  "warning customers",
  // Explaining a bad thing to those it hit is good too: "Written explanation for interruptions to supply".
  "explanation for",
  "explanations for",
];
/** Bad things that handling makes good (states such as "trễ hạn" stay bad even when handled). */
const HANDLEABLE = new Set([
  "vi pham",
  // Reports of crimes resolved, crimes uncovered: "Tỷ lệ giải quyết tố giác, tin báo về tội phạm".
  "toi pham",
  "pham toi",
  "crime",
  "ton dong",
  "khieu nai",
  "to cao",
  "no xau",
  "no dong",
  "backlog",
  "complaints",
  "sai sot",
  "errors",
  "arrears",
  "debt",
  "no thue",
  "incidents",
  "interruptions",
]);

/** An aim to bring something down by a share, the label opening with the verb: "Reduce … by 12.5%". */
const REDUCE_BY = /^ (reduce|decrease|cut|lower) .* by 0(?: 0)? ?% /;

/** A shortfall met, closed or covered: "Meeting the water resource deficit", "close the funding gap". */
const DEFICIT_MET =
  / (meeting|meet|closing|close|covering|cover) (?:the )?(?:[a-z]+ ){0,3}(?:deficit|shortfall|funding gap) /;

/** Help given to a group in need, just before it: "nhà cho hộ nghèo", "hỗ trợ các hộ nghèo". */
const BENEFICIARY = / (?:cho|ho tro|giup do|giup)(?: cac| nhung)? $/;

/** Satisfaction with a bad quantity, just before it: "satisfied with time taken", "satisfaction with waiting times". */
const SATISFIED_WITH = / (?:satisfied|satisfaction|happy|content) (?:with|about)(?: [a-z]+){0,3} $/;

/** Negations that turn a bad quantity into a good one: "không vi phạm", "no accidents". */
const NEGATIONS = ["khong", "khong co", "no", "zero", "free of", "without"];

export interface InferredDirection {
  direction: Direction;
  /** The words that decided it, as folded ("ho ngheo", "giam con"). */
  term: string;
  /** The words leave it open: a cost outside a budget table ("Chi phí"), higher-is-better unless told otherwise. */
  unclear?: true;
  /** Set with `unclear` when the label opens with "Giảm" before what falls: the figure may be the fall or the level. */
  reduction?: true;
}

/** Costs, which outside a budget table may be read either way: spending less than planned, or doing as planned. */
const COSTS = ["chi phi", "cost", "costs", "expenditure", "expenditures", "expense", "expenses", "spend", "spending"];

/** Balances ("Total equity", "Cash held"), which a table may aim to raise or to hold: higher-is-better, left open. */
const BALANCES = ["equity", "cash held", "net assets", "reserves"];

/** Every term of the lexicon, for a first look that most labels (which hold none) pass quickly. */
const ALL_TERMS = new Set([
  ...SAID.map(([t]) => t),
  ...LOWER_QUANTITIES,
  ...LOWER_WHEN_REDUCED,
  ...LOWER_VERBS,
  ...REDUCTION_SIZE,
  ...HIGHER_QUANTITIES,
  ...BUDGET_LOWER,
  ...BUDGET_HIGHER,
  ...COSTS,
  ...BALANCES,
  "measured by",
  "do bang",
]);

/** Whether a label holds any term of the lexicon, read character by character: most labels hold none. */
const holdsTerm = scanTerms(ALL_TERMS);

const wordsOf = (text: string) =>
  ` ${foldText(text)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim()} `;
const find = (words: string, term: string) => words.indexOf(` ${term} `);

/**
 * The direction an indicator's label implies when its target carries no operator, or null when it says nothing:
 * quantities where less is better (tỷ lệ hộ nghèo / poverty rate, tử vong / mortality, thất nghiệp, tai nạn, vi phạm,
 * trễ hạn, tồn đọng, khiếu nại, nợ xấu, lạm phát / CPI, nghỉ học / absence, ô nhiễm / emissions, nhập siêu, bội chi,
 * chi phí where the label says "giảm") and verbs asking for less ("giảm còn", "kéo giảm", "reduce", "below") are
 * lower-is-better; the size of a reduction ("Mức giảm tỷ lệ hộ nghèo"), a handled bad thing ("giải quyết khiếu nại")
 * and a negated one ("không vi phạm") are higher-is-better. Unit costs and times taken ("cost per hour", "time to
 * process") and ceilings ("does not exceed") are lower-is-better; an aim before its measure ("reduction in debt, as
 * measured by …") decides first, and what a label is for ("… to ensure …", "… nhằm …") is not read.
 * In a budget table (`budget`), spending ("expenditure", "chi phí") is lower-is-better and income higher-is-better;
 * elsewhere a cost is left open (`unclear`: higher-is-better, as plan execution is read, but either way is fair).
 * Example: `inferDirection("Tỷ lệ hộ nghèo")` → `{ direction: "lower", term: "ho ngheo" }`.
 */
export function inferDirection(label: string, budget = false): InferredDirection | null {
  if (!holdsTerm(label)) return null;
  // No term holds a digit, so labels that differ only in their numbers ("Chỉ tiêu số 12") share one reading.
  const nfc = toNFC(label);
  const plain = nfc.replace(/\d+/g, "0");
  const key = budget ? `\u0001${plain}` : plain;
  const known = readings.get(key);
  if (known !== undefined) return known;
  const reading = readDirection(key, budget);
  if (readings.size > 20000) readings.clear();
  readings.set(key, reading);
  return reading;
}

const readings = new Map<string, InferredDirection | null>();

const holdsSought = scanTerms(new Set(REPORTING_SOUGHT));

/**
 * The harm a service asks people to report that a label counts, for which no direction is inferred (see
 * REPORTING_SOUGHT), or null; the line is scored by default and warned. Example:
 * `readReportingSought("Number of Domestic Abuse incidents - domestic crimes")` → "domestic abuse".
 */
export function readReportingSought(label: string): string | null {
  if (!holdsSought(label)) return null;
  const words = wordsOf(toNFC(label));
  return REPORTING_SOUGHT.find((t) => find(words, t) >= 0) ?? null;
}

/** A verdict on the result written into the label: "is below target", "exceeded target", "is within target". */
const VERDICT =
  / (?:is |was |are |were )?(?:below|above|within|under|over|on|exceeded|met|missed|achieved|short of) (?:the )?targets? /;

/** A label of a name, a full stop, then sentences that define it: the name says which way is better. */
const NAME_THEN_DEFINITION = /^(.{12,}?(?:\p{Ll}{3}|\)))\.\s+(?=\p{Lu}\p{Ll})/u;

function readDirection(label: string, budget: boolean): InferredDirection | null {
  // "Average number of barriers per participant.  The total number of …": the name, then its definition.
  const named = NAME_THEN_DEFINITION.exec(label);
  let words = wordsOf((named ? named[1]! : label).replace(OVERSEE, " "));
  for (const name of NAMES) if (find(words, name) >= 0) words = words.split(` ${name} `).join(" ");
  for (const [term, direction] of SAID) if (find(words, term) >= 0) return { direction, term };
  if (REPORTING_SOUGHT.some((t) => find(words, t) >= 0)) return null;
  // "Manage the capital program to ensure … reduce the risk of backlogs": the purpose says nothing of the measure.
  for (const p of PURPOSE) {
    const at = words.indexOf(p);
    if (at > 0) words = words.slice(0, at + 1);
  }
  // "Contracts completed on time is below target with …": a verdict on the result, and a comment, follow the measure.
  const verdict = VERDICT.exec(words);
  if (verdict && verdict.index > 0) words = words.slice(0, verdict.index + 1);
  const aim = AIM_MEASURED.exec(words);
  if (aim) return { direction: /^(tang|increas|raise)/.test(aim[1]!) ? "higher" : "lower", term: aim[1]! };
  for (const term of HIGHER_QUANTITIES) if (find(words, term) >= 0) return { direction: "higher", term };
  // "Meeting the water resource deficit": a shortfall met or closed is covered, the more the better.
  const covered = DEFICIT_MET.exec(words);
  if (covered) return { direction: "higher", term: covered[1]! };
  if (budget) {
    const lower = BUDGET_LOWER.find((t) => find(words, t) >= 0);
    const higher = BUDGET_HIGHER.find((t) => find(words, t) >= 0);
    if (higher && (!lower || find(words, higher) < find(words, lower))) return { direction: "higher", term: higher };
    if (lower) return { direction: "lower", term: lower };
  }
  for (const term of REDUCTION_SIZE) if (find(words, term) >= 0) return { direction: "higher", term };
  // "Reduce carbon emissions by 12.5% by 2010/11": the figure is the size of the fall ("to 5%" would be the level).
  const by = REDUCE_BY.exec(words);
  if (by) return { direction: "higher", term: `${by[1]} by` };
  // "Giảm tỷ lệ hộ nghèo" names the aim; its figure is mostly the size of the fall ("giảm 1,5%/năm"), which is
  // higher-is-better, but may be the level to reach: higher, with a warning ("giảm còn 3%" is a level: lower).
  if (words.startsWith(" giam ") && !/ (con|xuong) /.test(words) && LOWER_QUANTITIES.some((t) => find(words, t) > 0))
    return { direction: "higher", term: "giam", unclear: true, reduction: true };
  for (const term of LOWER_QUANTITIES) {
    const at = find(words, term);
    // "on time to …" is punctuality, not a time taken.
    if (at < 0 || (term.startsWith("time ") && words.slice(0, at + 1).endsWith(" on "))) continue;
    // "Tỷ lệ hộ nghèo giảm": the quantity, then "giảm", is how much it fell (but "giảm còn 4%" is where it ends).
    const after = words.slice(at + term.length + 1);
    // "Tỷ lệ suy dinh dưỡng thể nhẹ cân giảm so với đầu năm": the fall on a baseline, wherever "giảm" comes.
    if (/^ ?giam (?!con |xuong )/.test(after) || / giam so (voi|cung) /.test(after))
      return { direction: "higher", term: `${term} giam` };
    const before = words.slice(0, at + 1);
    // "Nợ quá hạn": the Vietnamese "nợ" (debt) folds to the English negation "no".
    if (NEGATIONS.some((n) => before.endsWith(` ${n} `) && (n !== "no" || !/nợ/iu.test(label))))
      return { direction: "higher", term: `${before.trim().split(" ").at(-1)} ${term}` };
    // "Xây mới nhà cho hộ nghèo", "hỗ trợ hộ nghèo": what is given to a group in need, more is better.
    if (BENEFICIARY.test(before)) return { direction: "higher", term: `${before.trim().split(" ").at(-1)} ${term}` };
    // "Percentage of respondents satisfied with time taken to answer": the share satisfied, more is better.
    const satisfied = SATISFIED_WITH.exec(before);
    if (satisfied) return { direction: "higher", term: `${satisfied[0].trim()} ${term}` };
    if (HANDLEABLE.has(term)) {
      const handled = HANDLED.find((h) => find(words, h) >= 0);
      if (handled) return { direction: "higher", term: handled };
    }
    return { direction: "lower", term };
  }
  // "below" asks for less only before what it is below ("below 5%"), not as a reference ("graph shown below").
  const verb = LOWER_VERBS.find((v) => find(words, v) >= 0 && (v !== "below" || !/ below $/.test(words)));
  if (verb) {
    // "We reduce the risk of flooding for more properties": what is counted is the "more" the reduction serves.
    if (/ (?:for|to) more /.test(words.slice(find(words, verb)))) return { direction: "higher", term: "more" };
    const reduced = LOWER_WHEN_REDUCED.find((q) => find(words, q) >= 0);
    return { direction: "lower", term: reduced ? `${verb} ${reduced}` : verb };
  }
  const cost = COSTS.find((t) => find(words, t) >= 0) ?? BALANCES.find((t) => find(words, t) >= 0);
  return cost ? { direction: "higher", term: cost, unclear: true } : null;
}
