/**
 * The text of an XML part. Parts are UTF-8 (or UTF-16 with a byte order mark, XML 1.0 §4.3.3); a UTF-8 byte order
 * mark is kept as U+FEFF so that an unchanged slice re-encodes to the same bytes.
 */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return utf8.decode(bytes);
}

/** UTF-8 bytes of a part we rewrote; a declaration that named another encoding now says UTF-8. */
export function encodePart(text: string): Uint8Array {
  const head = text.slice(0, 100);
  const fixed = /encoding\s*=\s*["'](?!utf-8)/i.test(head)
    ? text.replace(/(<\?xml[^?]*encoding\s*=\s*)(["'])[^"']*\2/i, "$1$2UTF-8$2")
    : text;
  return encoder.encode(fixed);
}
