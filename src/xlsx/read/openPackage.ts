/**
 * Opens a file as an OPC package (ECMA-376 Part 2): checks what kind of file it is, reads the ZIP directory and
 * finds parts by name. Nothing is inflated until a part is asked for.
 */
import type { ZipCodec } from "../zip/codec";
import { readEntry } from "../zip/readEntry";
import { readZip, type ZipArchive, type ZipEntry } from "../zip/readZip";
import { decodePart } from "../xml/partText";

/**
 * Why a file cannot be read as a workbook: an old binary .xls, a password-protected workbook (both OLE compound
 * files), a workbook package that is damaged (truncated, overwritten), or a file of another kind altogether.
 */
export type ReadErrorCode = "notAWorkbook" | "oldXls" | "encrypted" | "damaged";

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: ReadErrorCode };

export interface Package {
  archive: ZipArchive;
  codec: ZipCodec;
  /** The entry holding a part, by part name (case-insensitive, as OPC part names compare; §8.1.1.2). */
  entry(part: string): ZipEntry | undefined;
  /** A part's text, or null when it is missing or cannot be inflated. */
  text(part: string): string | null;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes hold this text as UTF-16LE (how OLE directory entries name their streams). */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let i = bytes.indexOf(first); i >= 0 && i < bytes.length - text.length * 2; i = bytes.indexOf(first, i + 1)) {
    let j = 0;
    while (j < text.length && bytes[i + 2 * j] === text.charCodeAt(j) && bytes[i + 2 * j + 1] === 0) j++;
    if (j === text.length) return true;
  }
  return false;
}

/** Whether the bytes hold this ASCII text anywhere (a workbook's part names survive in a truncated ZIP). */
function holdsAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < text.length && bytes[i + j] === text.charCodeAt(j)) j++;
    if (j === text.length) return true;
  }
  return false;
}

/**
 * An OLE compound file is an encrypted OOXML package when it holds an "EncryptedPackage" stream (MS-OFFCRYPTO
 * §2.3.4.4); any other is taken for an old binary workbook (MS-XLS §2.1.2, a "Workbook" stream), the usual case.
 */
const classifyOle = (bytes: Uint8Array): ReadErrorCode =>
  holdsUtf16(bytes, "EncryptedPackage") ? "encrypted" : "oldXls";

export function openPackage(input: Uint8Array, codec: ZipCodec): ReadResult<Package> {
  // A plain view: a Node Buffer's slice() would share memory rather than copy.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (OLE.every((b, i) => bytes[i] === b)) return { ok: false, error: classifyOle(bytes) };
  const zip = readZip(bytes);
  if (!zip.ok) {
    const looksLikeWorkbook =
      zip.problem === "broken" && (holdsAscii(bytes, "xl/workbook") || holdsAscii(bytes, "xl/worksheets/"));
    return { ok: false, error: looksLikeWorkbook ? "damaged" : "notAWorkbook" };
  }
  const archive = zip.value;
  const byName = new Map<string, ZipEntry>();
  for (const e of archive.entries) byName.set(e.name.replace(/^\//, "").toLowerCase(), e);
  const entry = (part: string) => {
    const key = part.replace(/^\//, "").toLowerCase();
    return byName.get(key) ?? byName.get(encodeURI(key).toLowerCase());
  };
  return {
    ok: true,
    value: {
      archive,
      codec,
      entry,
      text(part) {
        const e = entry(part);
        const data = e ? readEntry(archive, e, codec) : null;
        return data ? decodePart(data) : null;
      },
    },
  };
}
