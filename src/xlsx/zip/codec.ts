import { deflateSync, inflateSync } from "fflate";
import { crc32 } from "./crc32";

/**
 * The compression a host offers the package reader and writer: raw DEFLATE (ZIP method 8) both ways and CRC-32.
 * The CLI passes Node's zlib, the web worker `CompressionStream` where the browser has it; fflate is the fallback.
 */
export interface ZipCodec {
  /** Inflates raw DEFLATE data whose inflated size is `size` bytes. */
  inflate(raw: Uint8Array, size: number): Uint8Array;
  /** Deflates data into raw DEFLATE; parts are deflated concurrently where the host can. */
  deflate(data: Uint8Array): Promise<Uint8Array>;
  crc32(data: Uint8Array): number;
}

/** Pure JavaScript codec (fflate), usable anywhere. Level 6 is zlib's default. */
export const fflateCodec: ZipCodec = {
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  deflate: async (data) => deflateSync(data, { level: 6 }),
  crc32,
};
