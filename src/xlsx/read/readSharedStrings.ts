/**
 * The shared string table (ECMA-376 Part 1 §18.4.9 sst): each `<si>` as plain text, the text of its runs joined
 * (§18.4.4 r) and phonetic runs (§18.4.6 rPh) left out, `_xHHHH_` escapes decoded.
 */
import { decodeXml, decodeXstring } from "../xml/xmlText";
import { nextTag } from "../xml/xmlScan";

/** The text of the `<t>` elements between `from` and `to`, skipping those inside `<rPh>`. */
export function runText(xml: string, from: number, to: number): string | undefined {
  let text: string | undefined;
  let phonetic = 0;
  for (let t = nextTag(xml, from); t && t.start < to; t = nextTag(xml, t.end)) {
    if (t.local === "rPh") {
      if (t.kind === "open") phonetic++;
      else if (t.kind === "close") phonetic--;
    } else if (t.local === "t" && t.kind === "open" && phonetic === 0) {
      const close = xml.indexOf("<", t.end);
      const chunk = decodeXstring(decodeXml(xml.slice(t.end, close)));
      if (chunk !== "") text = (text ?? "") + chunk;
    }
  }
  return text;
}

/**
 * The text of an `<si>` that holds one plain `<t>` and nothing else (the usual case), without scanning tags; null
 * for anything else (runs, phonetic text), which runText reads. `prefix` is the length of the elements' prefix.
 */
function plainText(xml: string, from: number, end: number, prefix: number): string | null {
  if (end < 0 || xml.charCodeAt(from) !== 60 || xml.charCodeAt(from + 1 + prefix) !== 116) return null;
  const after = xml.charCodeAt(from + 2 + prefix);
  if (after !== 62 && after !== 32) return null;
  const open = xml.indexOf(">", from);
  if (xml.charCodeAt(open - 1) === 47) return "";
  const close = xml.indexOf("<", open);
  if (close < 0 || xml.charCodeAt(close + 1) !== 47 || xml.indexOf(">", close) + 1 !== end) return null;
  return decodeXstring(decodeXml(xml.slice(open + 1, close)));
}

export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (let t = nextTag(xml, 0); t;) {
    if (t.local === "si" && t.kind !== "close") {
      if (t.kind === "empty") {
        out.push("");
        t = nextTag(xml, t.end);
        continue;
      }
      const end = xml.indexOf(`</${t.name}>`, t.end);
      out.push(plainText(xml, t.end, end, t.name.length - 2) ?? runText(xml, t.end, end < 0 ? xml.length : end) ?? "");
      t = nextTag(xml, end < 0 ? xml.length : end);
    } else t = nextTag(xml, t.end);
  }
  return out;
}
