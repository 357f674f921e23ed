/**
 * The `<c>` element of a cell we write (ECMA-376 Part 1 §18.3.1.4): a formula with its cached value (§18.3.1.40),
 * text as an inline string (§18.3.1.53, so the shared string table is never touched, and text is never read as a
 * formula), a number, a boolean, or a blank cell that keeps only its style. Numbers Excel cannot hold (NaN,
 * infinities) are written blank.
 */
import type { PlanCell } from "../../core";
import { encodeXstring, escapeText } from "../xml/xmlText";
import type { SharedRole } from "./sharedFormulas";

/** Inline text; `xml:space="preserve"` keeps leading and trailing spaces and line breaks (§22.9.2.19). */
export function textXml(p: string, text: string): string {
  const body = escapeText(encodeXstring(text));
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<${p}is><${p}t${preserve}>${body}</${p}t></${p}is>`;
}

const numberText = (n: number): string => (Object.is(n, -0) ? "0" : String(n));

/**
 * A cell's element. `ref` is its A1 address; style 0 is left out; `cell` null writes a blank cell; `shared` makes
 * a formula the master (with `ref`) or a member of a shared formula.
 */
export function cellXml(p: string, ref: string, style: number, cell: PlanCell | null, shared?: SharedRole): string {
  const s = style ? ` s="${style}"` : "";
  const value = cell?.value ?? null;
  if (cell && cell.formula !== undefined && cell.formula !== "") {
    const f = !shared
      ? `<${p}f>${escapeText(cell.formula)}</${p}f>`
      : shared.ref
        ? `<${p}f t="shared" ref="${shared.ref}" si="${shared.si}">${escapeText(cell.formula)}</${p}f>`
        : `<${p}f t="shared" si="${shared.si}"/>`;
    if (typeof value === "number" && Number.isFinite(value))
      return `<${p}c r="${ref}"${s}>${f}<${p}v>${numberText(value)}</${p}v></${p}c>`;
    if (typeof value === "string")
      return `<${p}c r="${ref}"${s} t="str">${f}<${p}v>${escapeText(encodeXstring(value))}</${p}v></${p}c>`;
    if (typeof value === "boolean") return `<${p}c r="${ref}"${s} t="b">${f}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
    return `<${p}c r="${ref}"${s}>${f}</${p}c>`;
  }
  if (typeof value === "string" && value !== "")
    return `<${p}c r="${ref}"${s} t="inlineStr">${textXml(p, value)}</${p}c>`;
  if (typeof value === "number" && Number.isFinite(value))
    return `<${p}c r="${ref}"${s}><${p}v>${numberText(value)}</${p}v></${p}c>`;
  if (typeof value === "boolean") return `<${p}c r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${s}/>`;
}
