/**
 * Reads a ZIP archive's central directory without inflating anything, so that entries can later be read one by
 * one or copied as they are (raw compressed bytes). Follows the PKWARE APPNOTE (4.3.6 overall layout, 4.3.7 local
 * file header, 4.3.12 central directory header, 4.3.16 end of central directory, 4.3.14/4.3.15 ZIP64).
 */

export interface ZipEntry {
  /** The entry's name as stored (OPC part names have no leading "/"). */
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read (it can still be copied). */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the local file header starts. */
  localOffset: number;
  /** Where the compressed data starts (after the local header, its name and extra field). */
  dataOffset: number;
  /** The whole local record (header, data and any data descriptor): [localOffset, localEnd). */
  localEnd: number;
  /** The central directory record, copied as it is when the entry is kept. */
  central: Uint8Array;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
}

/** Why an archive cannot be read: not a ZIP at all, or a ZIP whose structure is broken (truncated, overwritten). */
export type ZipProblem = "notZip" | "broken";

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;

const utf8 = new TextDecoder("utf-8");
/** Names without the UTF-8 flag are CP437 by the APPNOTE; OOXML part names are ASCII, so Latin-1 is close enough. */
const latin1 = new TextDecoder("latin1");

function findEndRecord(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === EOCD && i + 22 + u16(b, i + 20) <= b.length) return i;
  }
  return -1;
}

/** ZIP64 values stand in the extra field (header 0x0001) for those fields that hold 0xFFFFFFFF (APPNOTE 4.5.3). */
function zip64Fields(extra: Uint8Array, need: { size: boolean; compressed: boolean; offset: boolean }) {
  const out: { size?: number; compressed?: number; offset?: number } = {};
  for (let i = 0; i + 4 <= extra.length;) {
    const id = u16(extra, i);
    const len = u16(extra, i + 2);
    if (id === 0x0001) {
      let j = i + 4;
      if (need.size) {
        out.size = u64(extra, j);
        j += 8;
      }
      if (need.compressed) {
        out.compressed = u64(extra, j);
        j += 8;
      }
      if (need.offset) out.offset = u64(extra, j);
      break;
    }
    i += 4 + len;
  }
  return out;
}

/** Where an entry's local record ends: after its data, and after a data descriptor when flag bit 3 is set (4.3.9). */
function localRecordEnd(b: Uint8Array, dataEnd: number, flags: number, zip64: boolean): number {
  if (!(flags & 8)) return dataEnd;
  const signed = dataEnd + 4 <= b.length && u32(b, dataEnd) === DESCRIPTOR;
  return dataEnd + (signed ? 4 : 0) + (zip64 ? 20 : 12);
}

/**
 * The entries of a ZIP archive, in central directory order. Example: `readZip(xlsxBytes).entries[0].name` is
 * "[Content_Types].xml" for a file saved by Excel.
 */
export function readZip(bytes: Uint8Array): { ok: true; value: ZipArchive } | { ok: false; problem: ZipProblem } {
  if (bytes.length < 22 || u16(bytes, 0) !== 0x4b50) return { ok: false, problem: "notZip" };
  const end = findEndRecord(bytes);
  if (end < 0) return { ok: false, problem: "broken" };
  let count = u16(bytes, end + 10);
  let cdOffset = u32(bytes, end + 16);
  const locator = end - 20;
  if (locator >= 0 && u32(bytes, locator) === EOCD64_LOCATOR) {
    const at = u64(bytes, locator + 8);
    if (at + 56 > bytes.length || u32(bytes, at) !== EOCD64) return { ok: false, problem: "broken" };
    count = u64(bytes, at + 32);
    cdOffset = u64(bytes, at + 48);
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) return { ok: false, problem: "broken" };
    const flags = u16(bytes, p + 8);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const recordEnd = p + 46 + nameLen + extraLen + commentLen;
    if (recordEnd > bytes.length) return { ok: false, problem: "broken" };
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    const need = {
      size: size === 0xffffffff,
      compressed: compressedSize === 0xffffffff,
      offset: localOffset === 0xffffffff,
    };
    const zip64 = need.size || need.compressed || need.offset;
    if (zip64) {
      const z = zip64Fields(bytes.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), need);
      size = z.size ?? size;
      compressedSize = z.compressed ?? compressedSize;
      localOffset = z.offset ?? localOffset;
    }
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL) return { ok: false, problem: "broken" };
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    const dataEnd = dataOffset + compressedSize;
    if (dataEnd > bytes.length) return { ok: false, problem: "broken" };
    entries.push({
      name: (flags & 0x800 ? utf8 : latin1).decode(rawName),
      method: u16(bytes, p + 10),
      flags,
      crc: u32(bytes, p + 16),
      compressedSize,
      size,
      localOffset,
      dataOffset,
      localEnd: localRecordEnd(bytes, dataEnd, flags, zip64),
      central: bytes.subarray(p, recordEnd),
    });
    p = recordEnd;
  }
  return { ok: true, value: { bytes, entries } };
}
