import { operatorDirection } from "./computeAttainment";
import { headerOf } from "./headerOf";
import { foldText, foldWords } from "./foldText";
import { inferDirection } from "./inferDirection";
import { LOWER_QUANTITIES } from "./lowerQuantities";
import { memoizeBounded } from "./memoizeBounded";
import { readStatusWord } from "./readStatusWord";
import { readTimeTaken } from "./readTimeTaken";
import type { IndicatorDraft } from "./readRows";
import type { SheetAccess } from "./sheetAccess";
import type { Direction, DirectionSource, ParsedValue, TableLayout } from "./types";

const NO_VALUE: ParsedValue = { kind: "blank" };

export interface DirectionChoice {
  direction: Direction;
  source: DirectionSource;
  /** The words of the label that decided it (lexicon only), or that leave it open. */
  term?: string;
  /** The wording leaves the direction open (a cost outside a budget table): the default was kept, with a warning. */
  unclear?: boolean;
  /** The unclear term is a fall ("Giảm tỷ lệ hộ nghèo"), not a cost. */
  reduction?: boolean;
}

export interface DirectionContext {
  /** The target column is a budget ("Budget", "Dự toán"): spending lines are lower-is-better. */
  budget: boolean;
  /**
   * The value headers speak of spending ("Forecast Spend", "Chi phí"), or the result's names a quantity where less is
   * better ("Year-End LPD"): every line is lower-is-better.
   */
  spend: string | null;
  /** A line above the table says which way is better for all its lines ("Smaller values are best"). */
  stated?: Direction;
  /** Blocks whose label header is a spending caption ("Expenditures by object"): their lines are lower-is-better. */
  spendBlocks?: { firstRow: number; lastRow: number; term: string }[];
}

/**
 * The spending word of a block's caption ("EXPENDITURES BY OBJECT", "Expenditure summary", "Chi ngân sách"), or
 * null; a caption that also names income ("Revenues and expenditures", "Thu, chi ngân sách") is not one.
 * Example: `spendCaption("Expenditure summary")` → "expenditure".
 */
export function spendCaption(caption: string): string | null {
  const words = ` ${foldWords(caption).join(" ")} `;
  if (/ (revenues?|income|receipts|sales|thu|doanh thu) /.test(words)) return null;
  return (
    / (expenditures?|spending|spend|expenses?|costs?|outlays?|chi phi|chi ngan sach|chi thuong xuyen|chi dau tu|tong chi) /.exec(
      words,
    )?.[1] ?? null
  );
}

/** What the table's headers say about direction. Example: target "Budgeted Spend or (Income)" → budget, spend. */
export function directionContext(table: TableLayout, sheet?: SheetAccess): DirectionContext {
  const text = (col: number) => foldText(headerOf(table, col));
  const target = text(table.columns.target);
  const result = text(table.columns.result);
  const budget = /\b(budget|budgeted|du toan)\b/.test(target);
  const spend =
    /\b(spend|spending|expenditure|expenses|costs?|chi phi)\b/.exec(`${target} ${result}`)?.[1] ??
    lowerQuantityOf(headerOf(table, table.columns.result));
  const spendBlocks = sheet ? readSpendBlocks(table, sheet) : [];
  return {
    budget,
    spend,
    ...(table.statedDirection ? { stated: table.statedDirection.direction } : {}),
    ...(spendBlocks.length > 0 ? { spendBlocks } : {}),
  };
}

/** The lower-is-better quantity a header names ("Year-End LPD" → "lpd"), not a verb or a cost left open; or null. */
function lowerQuantityOf(header: string): string | null {
  const lex = inferDirection(header);
  return lex?.direction === "lower" && LOWER_QUANTITIES.includes(lex.term) ? lex.term : null;
}

/** Each block of the table whose label header, read over its header rows, is a spending caption (`spendCaption`). */
function readSpendBlocks(table: TableLayout, sheet: SheetAccess): NonNullable<DirectionContext["spendBlocks"]> {
  const out: NonNullable<DirectionContext["spendBlocks"]> = [];
  const blocks = table.blocks?.length ? table.blocks : [table];
  for (const b of blocks) {
    let caption = "";
    for (let row = b.headerTop; row <= b.headerBottom; row++) caption += ` ${sheet.text(row, table.columns.label)}`;
    const term = spendCaption(caption);
    if (term) out.push({ firstRow: b.firstRow, lastRow: b.lastRow, term });
  }
  return out;
}

/** The spending word of the nearest heading over a line that is a spending caption ("Cost", "Expenditure"), or null. */
function spendHeading(headings: readonly string[]): string | null {
  for (const h of headings) {
    const term = spendCaption(h);
    if (term) return term;
  }
  return null;
}

/** The shared choice of a stated direction, looked up without making its key as a string on every line. */
const byOperator = (direction: Direction): DirectionChoice =>
  direction === "lower" ? DIRECTION_CHOICES["operator-lower"] : DIRECTION_CHOICES["operator-higher"];

/**
 * An indicator's direction: the user's choice for its row, else the table's polarity column ("Low"), else its
 * target's operator ("≤ 5") or, beside a target, its result's bound ("Trên 4"), else a line above the table
 * ("Smaller values are best"), else what its label — or the
 * heading it sits under — means (`inferDirection`), else a result's bound with no target ("hơn 9.000"), else
 * higher-is-better. A cost, open against a plan, is lower-is-better on a line with no target ("Chi phí" → "gần 500").
 * Example: "Tỷ lệ hộ nghèo" with target 3 and no operator → lower, from the lexicon.
 */
export function decideDirection(
  d: IndicatorDraft,
  overrides?: Record<number, Direction>,
  context: DirectionContext = { budget: false, spend: null },
): DirectionChoice {
  const user = overrides?.[d.row + 1];
  if (user === "higher" || user === "lower")
    return user === "lower" ? DIRECTION_CHOICES["user-lower"] : DIRECTION_CHOICES["user-higher"];
  // The document's own polarity column ("Good performance is: Low") says it outright.
  if (d.stated) return byOperator(d.stated);
  // A bound in the result ("Trên 4" against 4) says which side of the target the result fell; with no target
  // ("hơn 9.000" alone) it only says how the figure is known, and the wording decides.
  const op = operatorDirection(d.target, d.target.kind === "blank" ? NO_VALUE : d.result);
  if (op) return byOperator(op);
  // A line above the table ("Smaller values are best") is the document's own word for every line.
  if (context.stated) return byOperator(context.stated);
  // "Reply … within 5 working days" in "working days": the figure is the time taken, better lower.
  const taken = readTimeTaken(d.label, d.unit);
  if (taken) return { direction: "lower", source: "lexicon", term: taken };
  let lex = inferDirection(d.label, context.budget) ?? headingDirection(d.context, context.budget);
  // Under a satisfaction heading ("Customer Satisfaction"), a short label names what is rated ("Interruptions",
  // "Leakage"): the line is a score, and its word says nothing of which way is better.
  if (lex?.direction === "lower" && ratedAspect(d.label, d.context)) lex = null;
  // A lower-is-better word in a share's label may name only the limit the share keeps within: the label read once.
  const folded = lex?.direction === "lower" ? foldText(d.label) : "";
  // "At least 95% of patients waiting no more than four hours": a time limit over a share, the share within it. The
  // term is the limit's words ("four hours"), which the warning quotes as typed.
  const share = folded !== "" && (d.targetScale === 100 || d.unit === "%");
  // "A&E waiting times" beside its note "95% … seen … in under four hours": the note gives the limit of the time.
  const limit = share
    ? (TIME_LIMIT.exec(folded) ?? (TIME_TERM.test(lex!.term) && d.notes ? TIME_LIMIT.exec(foldText(d.notes)) : null))
    : null;
  if (limit) return { direction: "higher", source: "lexicon", term: limit[0].replace("-", " ") };
  // "The percentage of cases … within the waiting time target": the share kept within the limit ("within the
  // waiting time").
  const within = folded ? withinLimit(folded, lex!.term) : null;
  if (within) return { direction: "higher", source: "lexicon", term: within };
  if (lex && !lex.unclear) return { direction: lex.direction, source: "lexicon", term: lex.term };
  const noted = noteDirection(d.notes);
  if (noted) return { direction: noted.direction, source: "lexicon", term: noted.term };
  const resultOp = "direction" in d.result ? d.result.direction : undefined;
  if (resultOp) return byOperator(resultOp);
  if (context.spend) return { direction: "lower", source: "lexicon", term: context.spend };
  // Lines under a spending caption ("Expenditures": Personnel, Supplies, Total) are spent against a budget.
  const block = context.spendBlocks?.find((b) => d.row >= b.firstRow && d.row <= b.lastRow);
  if (block) return { direction: "lower", source: "lexicon", term: block.term };
  // "Total output cost" under the section "Cost": a cost the table itself files as spending, better lower.
  const spent = lex && !lex.reduction && spendCaption(d.label) ? spendHeading(d.context) : null;
  if (spent) return { direction: "lower", source: "lexicon", term: spent };
  // A cost is open only against a plan (spend less, or do the plan in full); with no plan, less is better.
  if (lex && !lex.reduction && d.target.kind === "blank")
    return { direction: "lower", source: "lexicon", term: lex.term };
  if (lex)
    return {
      direction: "higher",
      source: "default",
      term: lex.term,
      unclear: true,
      ...(lex.reduction ? { reduction: true } : {}),
    };
  return DIRECTION_CHOICES["default-higher"];
}

/**
 * A share ("percentage of", "x per cent. of") of what falls within the bad quantity named after "within": the words
 * from "within" to that quantity ("within the waiting time"), or null.
 */
function withinLimit(folded: string, term: string): string | null {
  const within = folded.search(/\bwithin\b/);
  if (within <= 0 || !/\b(percentage|per cent|percent|proportion|share)\.? of\b/.test(folded)) return null;
  const at = folded.indexOf(term, within);
  return at > within ? folded.slice(within, at + term.length) : null;
}

/** A time limit written in a label ("four hours", "2 week wait", "within 18 weeks", "trong 7 ngày"). */
const TIME_LIMIT =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[ -](?:hours?|days?|weeks?|minutes?|months?|gio|ngay|tuan|phut)\b/;

/** A lower-is-better quantity that is a time ("waiting times", "response time", "thời gian chờ"). */
const TIME_TERM = /\b(times?|waits?|waiting|thoi gian|length of stay)\b/;

/** A note that states the aim of the line: "theo hướng giảm dần tỷ trọng", "theo hướng tăng". */
const NOTE_AIM = /\b(theo huong (giam|tang))\b/;

/**
 * The direction a line's note states as its aim ("theo hướng giảm dần tỷ trọng" → lower), or null; a change
 * reported ("giảm 33,9% so cùng kỳ") states none.
 * Example: `noteDirection("theo hướng giảm dần tỷ trọng")` → { direction: "lower", term: "theo huong giam" }.
 */
export function noteDirection(note: string): { direction: Direction; term: string } | null {
  const m = note ? NOTE_AIM.exec(foldText(note)) : null;
  return m ? { direction: m[2] === "giam" ? "lower" : "higher", term: m[1]! } : null;
}

const TARGET_WORDS = / (targets?|kpis?|pis?|indicators?|chi tieu|ke hoach) /;

/**
 * A heading that groups lines by how they did ("Targets that were missed by more than 10%", "Các chỉ tiêu không
 * đạt"): it names targets and a status, so its words say nothing about which way each line is better.
 * Example: `groupsByOutcome("Targets not achieved")` → true; `groupsByOutcome("Giảm nghèo")` → false.
 */
export function groupsByOutcome(heading: string): boolean {
  const words = ` ${foldWords(heading).join(" ")} `;
  return TARGET_WORDS.test(words) && readStatusWord(heading, words) !== null;
}

/** Rows under the same headings share one context array, so its reading is worked out once. */
const headingReadings = new WeakMap<readonly string[], ReturnType<typeof inferDirection>>();

function headingDirection(headings: readonly string[], budget: boolean): ReturnType<typeof inferDirection> {
  if (headings.length === 0) return null;
  const key = headings;
  const known = budget ? undefined : headingReadings.get(key);
  if (known !== undefined) return known;
  let lex: ReturnType<typeof inferDirection> = null;
  for (let i = 0; !lex && i < headings.length; i++)
    if (!groupsHeading(headings[i]!)) lex = inferDirection(headings[i]!, budget);
  if (!budget) headingReadings.set(key, lex);
  return lex;
}

/**
 * `groupsByOutcome` of a heading, read once per text: a section's label sits in the context of every group under
 * it. Bounded like the lexicon's readings.
 */
const groupsHeading = memoizeBounded(5000, groupsByOutcome);

const SATISFACTION = /\b(satisfaction|satisfied|hai long)\b/;

/**
 * Whether a label of at most three words sits under a heading of satisfaction scores ("Customer Satisfaction",
 * "Mức độ hài lòng"), so names the aspect rated. Example: `ratedAspect("Interruptions", ["Customer Satisfaction"])`
 * → true.
 */
export function ratedAspect(label: string, context: readonly string[]): boolean {
  if (context.length === 0 || label.trim().split(/\s+/).length > 3) return false;
  return context.some((h) => SATISFACTION.test(foldText(h)));
}

/** Shared choices, so a large table does not make one object per indicator for the common cases. */
export const DIRECTION_CHOICES = {
  "user-higher": { direction: "higher", source: "user" },
  "user-lower": { direction: "lower", source: "user" },
  "operator-higher": { direction: "higher", source: "operator" },
  "operator-lower": { direction: "lower", source: "operator" },
  "reported-lower": { direction: "lower", source: "reported" },
  // From a regulator's consequence ("Reward", "Penalty") that fits lower-is-better only; warned on its own.
  "verdict-lower": { direction: "lower", source: "reported" },
  // From the list of outcomes the line sits in ("… below target:") that fits lower-is-better only; warned on its own.
  "list-lower": { direction: "lower", source: "reported" },
  "default-higher": { direction: "higher", source: "default" },
} as const satisfies Record<string, DirectionChoice>;
