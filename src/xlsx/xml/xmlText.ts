/** Text and attribute values in XML parts: entity decoding, escaping, and the ST_Xstring `_xHHHH_` escapes. */

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references (XML 1.0 §4.6, §4.1). Example: `"a&amp;b"` → `"a&b"`. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? all;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Escapes text content. Example: `"a<b&c"` → `"a&lt;b&amp;c"`. */
export function escapeText(text: string): string {
  return /[<>&]/.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text;
}

/** Escapes an attribute value written between double quotes; line breaks and tabs as references so they survive. */
export function escapeAttr(text: string): string {
  return /[<>&"\n\r\t]/.test(text)
    ? text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/\n/g, "&#10;")
        .replace(/\r/g, "&#13;")
        .replace(/\t/g, "&#9;")
    : text;
}

/**
 * Decodes the `_xHHHH_` escapes of ST_Xstring (ECMA-376 Part 1 §22.9.2.19), by which characters XML cannot hold are
 * stored in cell text. Example: `"a_x000D_b"` → `"a\rb"`.
 */
export function decodeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Whether text holds a character encodeXstring changes (a quick scan: most text holds none). */
function needsXstring(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 ? c !== 9 && c !== 10 : c === 95 ? text[i + 1] === "x" : c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe))
      return true;
  }
  return false;
}

/**
 * Encodes text as ST_Xstring: control characters XML 1.0 forbids become `_xHHHH_` (and so does a carriage return,
 * which XML parsers would turn into a line feed), and an underscore that would
 * start such an escape is itself escaped as `_x005F_`, so the text reads back exactly. Lone surrogates become U+FFFD.
 */
export function encodeXstring(text: string): string {
  if (!needsXstring(text)) return text;
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold.
      /[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}
