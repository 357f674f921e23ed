import type { ZipCodec } from "./codec";
import type { ZipArchive, ZipEntry } from "./readZip";

/**
 * An entry's data, inflated and checked against its CRC-32; null when it cannot be read (an unknown method,
 * zip-level encryption, or data that does not inflate to what the directory says).
 */
export function readEntry(archive: ZipArchive, entry: ZipEntry, codec: ZipCodec): Uint8Array | null {
  if (entry.flags & 1) return null;
  const raw = archive.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = codec.inflate(raw, entry.size);
    } catch {
      return null;
    }
  } else return null;
  if (data.length !== entry.size || codec.crc32(data) !== entry.crc) return null;
  return data;
}
