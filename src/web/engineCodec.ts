import { crc32, fflateCodec, type ZipCodec } from "../xlsx";

/** Deflates through the browser's own zlib (CompressionStream "deflate-raw": Chrome 103, Safari 16.4, Firefox 113). */
async function deflateNative(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The worker's codec: inflating with fflate (synchronous, fast enough for reading), deflating with the browser's
 * CompressionStream where there is one (native code, several parts at once), with fflate as the fallback.
 * See https://developer.mozilla.org/en-US/docs/Web/API/CompressionStream/CompressionStream (format "deflate-raw").
 */
export function browserCodec(): ZipCodec {
  let native = typeof CompressionStream === "function";
  if (native) {
    try {
      new CompressionStream("deflate-raw");
    } catch {
      native = false; // an engine that knows "deflate" but not "deflate-raw"
    }
  }
  return {
    inflate: fflateCodec.inflate,
    deflate: native ? deflateNative : fflateCodec.deflate,
    crc32,
  };
}
