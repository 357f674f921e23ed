import { maySubLead } from "./nameIndicator";
import type { Indicator, Status, TableRow } from "./types";

/**
 * How a row marks its place in the table's outline: "Chỉ tiêu N:", an Arabic number ("1", "1."), a dotted number
 * ("1.1"), a letter ("a)"), a "- " or "+ " or "* " item, a "Trong đó:" sub-line, or nothing (a heading without
 * a mark is told apart from a line with values).
 */
export type Marker =
  "chiTieu" | "arabic" | "dotted" | "letter" | "dash" | "plus" | "star" | "code" | "trongDo" | "plain" | "plainHeading";

/** One row (or line of a multi-line row) in the outline. */
export interface OutlineNode {
  /** Index in the table's rows. */
  index: number;
  row: TableRow;
  /** 0 for a section, 1 for the table's own indicators, deeper for their sub-lines. */
  level: number;
  marker: Marker;
  /** Index in `Outline.nodes` of the node above, or -1 under the section (or the table). */
  parent: number;
  children: number[];
}

export interface Outline {
  nodes: OutlineNode[];
  /** Nodes at level 1 that sit under no section (a table without Roman sections has all of them here). */
  roots: number[];
  /** The sections and headings, in order: what a walk over the rows other than the lines needs. */
  headings: number[];
}

const TRONG_DO = /^[-–+•*\s]*(trong\s+(đó|do)|tr\.\s*(đó|do)|in which|of which)(?![\p{L}\p{N}])/iu;

/** Whether a label opens a sub-line of the line above ("Trong đó:", "- Trong đó:", "Tr.đó:", "Of which"). */
export const isSubLine = (label: string): boolean => TRONG_DO.test(label.trim());

/** A number cell's marks, whole ("1", "1.1", "a)", "-"); constants, as an expression in a function is an object per call. */
const MARKS = {
  arabic: /^\d+[.)]?$/,
  dotted: /^\d+(\.\d+)+\.?$/,
  letter: /^[a-zđ][.)]?$/iu,
  dash: /^[-–•]$/,
};
/** The marks opening a label ("Chỉ tiêu 3", "1.1 ", "1. ", "a) ", "- "). */
const LEADS = {
  chiTieu: /^chỉ tiêu\s+\d+/iu,
  dotted: /^\d+(\.\d+)+\.?\s/,
  arabic: /^\d+[.)]\s/,
  letter: /^[a-zđ]\)\s/iu,
  dash: /^[-–•]/,
};

/**
 * The mark a row is numbered or bulleted with, from its number cell first, then its label.
 * Example: `markerOf("", "Chỉ tiêu 3: Đánh giá", true) === "chiTieu"`, `markerOf("1", "Về thi đua", true) === "arabic"`.
 */
export function markerOf(number: string, label: string, heading: boolean): Marker {
  const text = label.trim();
  // Most labels cannot open with "Trong đó": the quick test spares them the expression.
  if (maySubLead(text) && TRONG_DO.test(text)) return "trongDo";
  const n = number.trim();
  if (n) {
    if (MARKS.arabic.test(n)) return "arabic";
    if (MARKS.dotted.test(n)) return "dotted";
    if (MARKS.letter.test(n)) return "letter";
    if (MARKS.dash.test(n)) return "dash";
    if (n === "+") return "plus";
    if (n === "*") return "star";
    return "code";
  }
  if (LEADS.chiTieu.test(text)) return "chiTieu";
  if (LEADS.dotted.test(text)) return "dotted";
  if (LEADS.arabic.test(text)) return "arabic";
  if (LEADS.letter.test(text)) return "letter";
  if (LEADS.dash.test(text)) return "dash";
  if (text.startsWith("+")) return "plus";
  if (text.startsWith("*")) return "star";
  return heading ? "plainHeading" : "plain";
}

/** The children of a node without any (most lines): one shared empty list, replaced by a list of its own at the first child. */
const NO_CHILDREN: number[] = Object.freeze([]) as unknown as number[];

/**
 * Places every row of a table in its outline, as a reader of the document does: a section opens a new outline;
 * the first mark seen under it makes the table's own indicators (level 1), a mark not seen yet nests under the
 * row above, a mark seen before goes back to that level, and a "Trong đó:" line is a sub-line of the line above.
 * Example: in the sample's section I, "Chỉ tiêu 1", "Chỉ tiêu 2" and "Chỉ tiêu 3" are level 1, "1 Về đánh giá"
 * is level 2 under "Chỉ tiêu 3", its "- " items level 3; in section II, "Trong đó: Đạt loại xuất sắc" sits under "1".
 */
export function outlineRows(rows: TableRow[]): Outline {
  // One node per row: the list is made at its size rather than grown and copied as the rows are placed.
  const nodes = new Array<OutlineNode>(rows.length);
  const roots: number[] = [];
  const headings: number[] = [];
  let section = -1;
  // The marks open at each level (index 0 = level 1) and the latest node at that level, side by side.
  const openMarks: Marker[] = [];
  const openNodes: number[] = [];
  const adopt = (parent: OutlineNode, at: number) => {
    if (parent.children === NO_CHILDREN) parent.children = [at];
    else parent.children.push(at);
  };
  const attach = (node: OutlineNode) => {
    const at = node.index;
    nodes[at] = node;
    if (node.parent >= 0) adopt(nodes[node.parent]!, at);
    else if (section >= 0) adopt(nodes[section]!, at);
    else roots.push(at);
    return at;
  };
  // One loop without a closure or object per row beyond the node itself.
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    if (row.kind !== "indicator") headings.push(index);
    if (row.kind === "section") {
      nodes[index] = { index, row, level: 0, marker: "plainHeading", parent: -1, children: NO_CHILDREN };
      section = index;
      openMarks.splice(0);
      openNodes.splice(0);
      continue;
    }
    const marker =
      row.kind === "indicator"
        ? markerOf(row.indicator.number, row.indicator.label, false)
        : markerOf(row.number, row.label, true);
    const depth = openMarks.length;
    if (marker === "trongDo" && depth > 0) {
      const above = openNodes[depth - 1]!;
      attach({ index, row, level: nodes[above]!.level + 1, marker, parent: above, children: NO_CHILDREN });
      continue;
    }
    let open = 0;
    while (open < depth && openMarks[open] !== marker) open++;
    // Popped, not cut by setting the length (a slow call on every row).
    for (let k = open; k < depth; k++) {
      openMarks.pop();
      openNodes.pop();
    }
    const level = openMarks.length;
    const parent = level > 0 ? openNodes[level - 1]! : -1;
    const at = attach({ index, row, level: level + 1, marker, parent, children: NO_CHILDREN });
    openMarks.push(marker);
    openNodes.push(at);
  }
  return { nodes, roots, headings };
}

/**
 * The status of an outline node as one of the table's indicators: a line with its own target and result keeps
 * its own status (its sub-lines are reported under it); a group without values rolls its children up — not met
 * if any is not met, exceeded if every evaluated one exceeds, met otherwise, not evaluated if none is evaluated —
 * and is no indicator at all (null) when nothing under it is.
 * Example: "Về khen thưởng" over a not-evaluated note and an exceeded "+ Cá nhân" is exceeded.
 */
export function rolledStatus(outline: Outline, node: number): Status | null {
  const n = outline.nodes[node]!;
  if (n.row.kind === "indicator") return n.row.indicator.status;
  // Counted in one pass, without arrays of the children's statuses.
  let any = false;
  let notMet = false;
  let evaluated = false;
  let allExceed = true;
  for (let i = 0; i < n.children.length; i++) {
    const s = rolledStatus(outline, n.children[i]!);
    if (s === null) continue;
    any = true;
    if (s === "notMet") notMet = true;
    else if (s !== "notEvaluated") {
      evaluated = true;
      if (s !== "exceeded") allExceed = false;
    }
  }
  if (!any) return null;
  if (notMet) return "notMet";
  if (!evaluated) return "notEvaluated";
  return allExceed ? "exceeded" : "met";
}

/** The indicator lines under a node, in order (the node itself first when it is one). */
export function linesUnder(outline: Outline, node: number): Indicator[] {
  const n = outline.nodes[node]!;
  const own = n.row.kind === "indicator" ? [n.row.indicator] : [];
  return [...own, ...n.children.flatMap((c) => linesUnder(outline, c))];
}
