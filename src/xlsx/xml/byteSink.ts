/**
 * A growing UTF-8 buffer that text is written into as it is produced, so that a sheet of 100,000 rows never
 * exists as one JavaScript string: each row's text is encoded and dropped at once, and the part's bytes are ready
 * to deflate without a final join and encode.
 */
const encoder = new TextEncoder();

export class ByteSink {
  private buf: Uint8Array;
  private len = 0;

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(capacity);
  }

  /** Appends text (UTF-8: at most three bytes per UTF-16 unit). */
  text(s: string): void {
    if (this.buf.length - this.len < s.length * 3) {
      let size = this.buf.length * 2;
      while (size - this.len < s.length * 3) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    this.len += encoder.encodeInto(s, this.buf.subarray(this.len)).written;
  }

  /** Appends bytes. */
  bytes(b: Uint8Array): void {
    if (this.buf.length - this.len < b.length) {
      let size = this.buf.length * 2;
      while (size - this.len < b.length) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  get length(): number {
    return this.len;
  }

  /** The bytes written so far (a view: the sink is not written to afterwards). */
  result(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}
