/**
 * Writes a ZIP archive from entries that are either copied from an input archive exactly as they were (local
 * record and central record byte for byte, only the central record's offset moved) or new data to deflate.
 * Layout per the PKWARE APPNOTE 4.3.6; new entries carry the UTF-8 name flag (bit 11, 4.4.4) when needed.
 */
import type { ZipCodec } from "./codec";
import type { ZipArchive, ZipEntry } from "./readZip";

/**
 * A copied entry, new data, or new data already packed (`packed`: started earlier, to deflate while other parts
 * are made, holding only the deflated bytes once done).
 */
export type OutputEntry =
  | { kind: "copy"; entry: ZipEntry }
  | { kind: "new"; name: string; data: Uint8Array }
  | { kind: "packed"; name: string; packed: Promise<Packed> };

/** New data as the archive stores it: CRC-32 and size of the data, and the body (deflated, or stored when deflating does not shrink it). */
export interface Packed {
  crc: number;
  size: number;
  method: 0 | 8;
  body: Uint8Array;
}

/** Packs new data; the data itself is kept only when it is stored as it is. */
export async function pack(data: Uint8Array, codec: ZipCodec): Promise<Packed> {
  const crc = codec.crc32(data);
  const deflated = await codec.deflate(data);
  const stored = deflated.length >= data.length;
  return { crc, size: data.length, method: stored ? 0 : 8, body: stored ? data : deflated };
}

const encoder = new TextEncoder();

/** 1980-01-01 00:00 in MS-DOS format: new entries get a fixed time, so equal inputs give equal outputs. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function header(size: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(size);
  return { bytes, view: new DataView(bytes.buffer) };
}

/** The offset of the local header inside a central record, which may sit in the ZIP64 extra field (4.5.3). */
function patchOffset(central: Uint8Array, offset: number): Uint8Array {
  // A copy: `central` may be a Node Buffer, whose slice() shares memory with the input.
  const out = new Uint8Array(central.length);
  out.set(central);
  const view = new DataView(out.buffer);
  if (view.getUint32(42, true) !== 0xffffffff) {
    view.setUint32(42, offset, true);
    return out;
  }
  const nameLen = view.getUint16(28, true);
  const extraLen = view.getUint16(30, true);
  for (let i = 46 + nameLen; i + 4 <= 46 + nameLen + extraLen;) {
    const id = view.getUint16(i, true);
    const len = view.getUint16(i + 2, true);
    if (id === 0x0001) {
      let j = i + 4;
      if (view.getUint32(24, true) === 0xffffffff) j += 8;
      if (view.getUint32(20, true) === 0xffffffff) j += 8;
      view.setUint32(j, offset % 2 ** 32, true);
      view.setUint32(j + 4, Math.floor(offset / 2 ** 32), true);
      break;
    }
    i += 4 + len;
  }
  return out;
}

interface Built {
  local: Uint8Array[];
  central: Uint8Array;
  length: number;
}

function newEntry(name: string, { crc, size, method, body }: Packed, offset: number): Built {
  const rawName = encoder.encode(name);
  const utf8 = /[^\x20-\x7e]/.test(name) ? 0x800 : 0;
  const local = header(30 + rawName.length);
  const lv = local.view;
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, utf8, true);
  lv.setUint16(8, method, true);
  lv.setUint16(10, DOS_TIME, true);
  lv.setUint16(12, DOS_DATE, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, body.length, true);
  lv.setUint32(22, size, true);
  lv.setUint16(26, rawName.length, true);
  local.bytes.set(rawName, 30);
  const central = header(46 + rawName.length);
  const cv = central.view;
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, utf8, true);
  cv.setUint16(10, method, true);
  cv.setUint16(12, DOS_TIME, true);
  cv.setUint16(14, DOS_DATE, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, body.length, true);
  cv.setUint32(24, size, true);
  cv.setUint16(28, rawName.length, true);
  cv.setUint32(42, offset, true);
  central.bytes.set(rawName, 46);
  return { local: [local.bytes, body], central: central.bytes, length: local.bytes.length + body.length };
}

/**
 * Assembles the archive. New entries are deflated concurrently (the codec decides how), copied ones are not
 * touched. Example: copying every entry of an archive gives the same local records in the same order.
 */
export async function writeZip(source: ZipArchive, entries: OutputEntry[], codec: ZipCodec): Promise<Uint8Array> {
  const packed = await Promise.all(
    entries.map((e) =>
      e.kind === "new" ? pack(e.data, codec) : e.kind === "packed" ? e.packed : Promise.resolve(null),
    ),
  );
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    if (e.kind === "copy") {
      chunks.push(source.bytes.subarray(e.entry.localOffset, e.entry.localEnd));
      centrals.push(patchOffset(e.entry.central, offset));
      offset += e.entry.localEnd - e.entry.localOffset;
    } else {
      const built = newEntry(e.name, packed[i]!, offset);
      chunks.push(...built.local);
      centrals.push(built.central);
      offset += built.length;
    }
  });
  if (offset >= 0xffffffff || entries.length >= 0xffff) throw new Error("writeZip: archive too large for ZIP32");
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = header(22);
  end.view.setUint32(0, 0x06054b50, true);
  end.view.setUint16(8, entries.length, true);
  end.view.setUint16(10, entries.length, true);
  end.view.setUint32(12, cdSize, true);
  end.view.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let p = 0;
  for (const c of [...chunks, ...centrals, end.bytes]) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
