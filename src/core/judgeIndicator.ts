import { toA1 } from "./a1";
import type { UnitKind } from "./classifyUnit";
import { decimalsFor } from "./chooseDecimals";
import { operatorDirection, roundHalfAway, scoreIndicator } from "./computeAttainment";
import { foldText } from "./foldText";
import { inferDirection } from "./inferDirection";
import { disagrees, wordDisagrees, type Convention } from "./inferMethod";
import { parseValue } from "./parseValue";
import { readNotScored } from "./readNotScored";
import { readStatusWord } from "./readStatusWord";
import type { IndicatorDraft } from "./readRows";
import type { Direction, DirectionSource, Indicator, ParsedValue, TableLayout, Warning } from "./types";

export interface DirectionChoice {
  direction: Direction;
  source: DirectionSource;
  /** The words of the label that decided it (lexicon only), or that leave it open. */
  term?: string;
  /** The wording leaves the direction open (a cost outside a budget table): the default was kept, with a warning. */
  unclear?: boolean;
}

/**
 * An indicator's direction: the user's choice for its row, else its target's (or result's) operator ("≤ 5"), else
 * what its label — or the heading it sits under — means (`inferDirection`), else higher-is-better.
 * Example: "Tỷ lệ hộ nghèo" with target 3 and no operator → lower, from the lexicon.
 */
export interface DirectionContext {
  /** The target column is a budget ("Budget", "Dự toán"): spending lines are lower-is-better. */
  budget: boolean;
  /** The value headers speak of spending ("Forecast Spend", "Chi phí"): every line is lower-is-better. */
  spend: string | null;
}

/** What the table's headers say about direction. Example: target "Budgeted Spend or (Income)" → budget, spend. */
export function directionContext(table: TableLayout): DirectionContext {
  const text = (col: number) => foldText(table.headers.find((h) => h.col === col)?.text ?? "");
  const target = text(table.columns.target);
  const result = text(table.columns.result);
  const budget = /\b(budget|budgeted|du toan)\b/.test(target);
  const spend = /\b(spend|spending|expenditure|expenses|costs?|chi phi)\b/.exec(`${target} ${result}`)?.[1] ?? null;
  return { budget, spend };
}

export function decideDirection(
  d: IndicatorDraft,
  overrides?: Record<number, Direction>,
  context: DirectionContext = { budget: false, spend: null },
): DirectionChoice {
  const user = overrides?.[d.row + 1];
  if (user === "higher" || user === "lower") return CHOICES[`user-${user}`];
  const op = operatorDirection(d.target, d.result);
  if (op) return CHOICES[`operator-${op}`];
  const lex = inferDirection(d.label, context.budget) ?? headingDirection(d.context, context.budget);
  if (lex && !lex.unclear) return { direction: lex.direction, source: "lexicon", term: lex.term };
  if (context.spend) return { direction: "lower", source: "lexicon", term: context.spend };
  if (lex) return { direction: "higher", source: "default", term: lex.term, unclear: true };
  return CHOICES["default-higher"];
}

/** Rows under the same headings share one context array, so its reading is worked out once. */
const headingReadings = new WeakMap<readonly string[], ReturnType<typeof inferDirection>>();

function headingDirection(headings: readonly string[], budget: boolean): ReturnType<typeof inferDirection> {
  if (headings.length === 0) return null;
  const key = headings;
  const known = budget ? undefined : headingReadings.get(key);
  if (known !== undefined) return known;
  let lex: ReturnType<typeof inferDirection> = null;
  for (let i = 0; !lex && i < headings.length; i++) lex = inferDirection(headings[i]!, budget);
  if (!budget) headingReadings.set(key, lex);
  return lex;
}

/** Shared choices, so a large table does not make one object per indicator for the common cases. */
const CHOICES = {
  "user-higher": { direction: "higher", source: "user" },
  "user-lower": { direction: "lower", source: "user" },
  "operator-higher": { direction: "higher", source: "operator" },
  "operator-lower": { direction: "lower", source: "operator" },
  "reported-lower": { direction: "lower", source: "reported" },
  "default-higher": { direction: "higher", source: "default" },
} as const satisfies Record<string, DirectionChoice>;

/** Whether the reported rate is reproduced by scoring lower-is-better (by any method) and never higher-is-better. */
function reproducedOnlyLower(d: IndicatorDraft, reported: number): boolean {
  return !reproduces(d, reported, "higher") && reproduces(d, reported, "lower");
}

function reproduces(d: IndicatorDraft, reported: number, direction: Direction): boolean {
  for (const method of METHODS) {
    for (const capped of [false, true]) {
      const exact = scoreIndicator(d.target, d.result, method, direction, capped).exact;
      if (exact !== null && !disagrees(reported, exact, 6)) return true;
    }
  }
  return false;
}

const METHODS = ["points", "ratio"] as const;

export interface JudgeContext {
  table: TableLayout;
  conventions: Record<UnitKind, Convention>;
  decimals: number;
  warnings: Warning[];
}

const NOTE_CODES = { approximate: "approximateValue", ambiguousSeparator: "ambiguousNumber" } as const;

function valueWarnings(d: IndicatorDraft, ctx: JudgeContext): void {
  const { target, result } = d;
  const quiet = (v: ParsedValue) => (v.kind !== "number" && v.kind !== "range") || v.note === undefined;
  if (quiet(target) && quiet(result) && result.kind !== "range" && !("direction" in result && result.direction)) return;
  const { columns } = ctx.table;
  const push = (code: Warning["code"], col: number, text: string, value = 0) =>
    ctx.warnings.push({ code, address: toA1(d.row, col), row: d.row, params: { text, value } });
  for (const [which, v, text, col] of [
    ["target", target, d.targetText, columns.target],
    ["result", result, d.resultText, columns.result],
  ] as const) {
    if (v.kind !== "number" && v.kind !== "range") continue;
    if (v.note === "approximate" || v.note === "ambiguousSeparator") push(NOTE_CODES[v.note], col, text);
    if (v.note === "sentence" && v.kind === "number") push("numberFromSentence", col, text, v.value);
    if (v.note === "opposite") push("oppositeResult", col, text);
    else if (which === "result" && v.direction) push("boundInResult", col, text);
    if (which === "result" && v.kind === "range") push("rangeResult", col, text);
  }
}

/** A parsed value as the indicator keeps it: its number, null when blank, else the text as typed. */
const valueOf = (p: ParsedValue, text: string) => (p.kind === "number" ? p.value : p.kind === "blank" ? null : text);

/**
 * Scores one indicator with the convention of its kind of unit, rounds its rate without contradicting its status,
 * and audits what the document reported (rate and status word), recording every assumption as a warning.
 * Example: "+ Cá nhân:" 20 → 28 in a percent table scored by points gives 108, a discrepancy against 180.
 */
export function judgeIndicator(
  d: IndicatorDraft,
  kind: { kind: UnitKind; unit: string | null },
  chosen: DirectionChoice,
  ctx: JudgeContext,
): Indicator {
  let dir = chosen;
  const { table, warnings } = ctx;
  const convention = ctx.conventions[kind.kind];
  let s = scoreIndicator(d.target, d.result, convention.method, dir.direction, convention.capped);
  // A rate reported the other way round (only lower-is-better reproduces it) tells the direction: checked only
  // where the default direction disagrees with the reported rate, which is rare.
  if (
    dir.source === "default" &&
    typeof d.reported === "number" &&
    s.exact !== null &&
    disagrees(d.reported, s.exact, ctx.decimals) &&
    reproducedOnlyLower(d, d.reported)
  ) {
    dir = CHOICES["reported-lower"];
    s = scoreIndicator(d.target, d.result, convention.method, "lower", convention.capped);
  }
  const word = readStatusWord(d.reportedStatusText);
  const notScored = d.mergedNote === null ? readNotScored(d.target, s, word, d.reported) : null;
  if (notScored) {
    s = { exact: null, status: "notEvaluated", direction: s.direction };
    const col = notScored.code === "zeroTarget" ? table.columns.target : table.columns.status;
    warnings.push({
      code: notScored.code,
      address: col === undefined ? null : toA1(d.row, col),
      row: d.row,
      params: { row: d.row + 1, text: notScored.code === "zeroTarget" ? d.targetText : d.reportedStatusText! },
    });
  }
  const decimals = s.exact === null ? ctx.decimals : decimalsFor(s.exact, s.status, ctx.decimals);
  const attainment = s.exact === null ? null : roundHalfAway(s.exact, decimals);
  if (d.mergedNote === null) {
    if (s.problem) {
      const col = s.problem.which === "target" ? table.columns.target : table.columns.result;
      warnings.push({
        code: s.problem.code,
        address: toA1(d.row, col),
        row: d.row,
        params: {
          what: s.problem.which,
          text: s.problem.text ?? (s.problem.which === "result" ? d.resultText : d.targetText),
        },
      });
    }
    if (s.problem?.code !== "boundInResult") valueWarnings(d, ctx);
    if (dir.unclear && d.part === 0) {
      warnings.push({
        code: "directionUnclear",
        address: toA1(d.row, table.columns.label),
        row: d.row,
        params: { row: d.row + 1, term: dir.term ?? "" },
      });
    }
    if ((dir.source === "lexicon" || dir.source === "reported") && d.part === 0) {
      warnings.push({
        code: dir.source === "lexicon" ? "directionInferred" : "directionFromReported",
        address: toA1(d.row, table.columns.label),
        row: d.row,
        params: { row: d.row + 1, direction: dir.direction, term: dir.term ?? "" },
      });
    }
  }
  let discrepancy = false;
  if (typeof d.reported === "number" && s.exact !== null) discrepancy = disagrees(d.reported, s.exact, decimals);
  else if (typeof d.reported === "string" && s.exact === null) {
    const word = parseValue(d.reported);
    discrepancy = wordDisagrees(word.kind === "qualitative" ? word.achieved : null, s.status);
  }
  if (discrepancy) {
    const address = table.columns.attainment !== undefined ? toA1(d.row, table.columns.attainment) : null;
    warnings.push({
      code: "discrepancy",
      address,
      row: d.row,
      params: { row: d.row + 1, reported: d.reported!, computed: attainment ?? s.status },
    });
  }
  // Beyond a bound target ("Dưới 4" → 3,1) is exceeded strictly, yet "Đạt" (the bound is met) reads it fairly too.
  const boundMet =
    word?.status === "met" && s.status === "exceeded" && "direction" in d.target && d.target.direction !== undefined;
  if (boundMet) {
    warnings.push({
      code: "boundStatus",
      address: table.columns.status !== undefined ? toA1(d.row, table.columns.status) : null,
      row: d.row,
      params: { row: d.row + 1, target: d.targetText, result: d.resultText, reported: d.reportedStatusText! },
    });
  }
  const statusDiscrepancy =
    word !== null &&
    word.status !== "notEvaluated" &&
    !boundMet &&
    s.status !== "notEvaluated" &&
    (word.exact ? word.status !== s.status : (word.status === "notMet") !== (s.status === "notMet"));
  if (statusDiscrepancy) {
    warnings.push({
      code: "statusDiscrepancy",
      address: table.columns.status !== undefined ? toA1(d.row, table.columns.status) : null,
      row: d.row,
      params: { row: d.row + 1, reported: d.reportedStatusText!, computed: s.status },
    });
  }
  return {
    row: d.row,
    part: d.part,
    parts: d.parts,
    section: d.section,
    number: d.number,
    label: d.label,
    depth: d.depth,
    targetText: d.targetText,
    resultText: d.resultText,
    target: d.mergedNote ?? valueOf(d.target, d.targetText),
    result: d.mergedNote !== null ? null : valueOf(d.result, d.resultText),
    direction: s.direction,
    exact: s.exact,
    attainment,
    status: s.status,
    reported: d.reported,
    // A reported status that disagrees is a discrepancy too, listed with the reported word.
    discrepancy: discrepancy || statusDiscrepancy,
    mergedNote: d.mergedNote,
    notes: d.notes,
    parent: d.parent,
    formulaSafe: d.formulaSafe && d.target.kind === "number" && d.result.kind === "number",
    targetScale: d.targetScale,
    resultScale: d.resultScale,
    unit: kind.unit,
    percent: kind.kind === "percent",
    directionSource: dir.source,
    method: convention.method,
    capped: convention.capped,
    decimals,
    reportedStatus: word?.status ?? null,
    reportedStatusText: d.reportedStatusText,
    statusDiscrepancy,
  };
}
