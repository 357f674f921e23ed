#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-16.png, -32, -64, -80): a green rounded square with three rising white bars.
 * Shapes are described in a unit square and rendered with 8×8 supersampling into RGBA PNGs written with zlib,
 * so the icons are reproducible without an image editor. Usage: node scripts/drawIcons.mjs
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80];
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../assets");
const GREEN = [0x1e, 0x71, 0x45];
const WHITE = [0xff, 0xff, 0xff];

/** Inside-tests in unit coordinates (x right, y down). */
const roundedSquare = (x, y) => {
  const inset = 0.04;
  const r = 0.2;
  if (x < inset || x > 1 - inset || y < inset || y > 1 - inset) return false;
  const cx = Math.min(Math.max(x, inset + r), 1 - inset - r);
  const cy = Math.min(Math.max(y, inset + r), 1 - inset - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const BARS = [
  [0.2, 0.34, 0.56],
  [0.43, 0.57, 0.4],
  [0.66, 0.8, 0.22],
];
const bar = (x, y) => y <= 0.8 && BARS.some(([l, r, top]) => x >= l && x <= r && y >= top);

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 8;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (roundedSquare(x, y)) {
            bg++;
            if (bar(x, y)) fg++;
          }
        }
      }
      const alpha = bg / (n * n);
      const mix = bg ? fg / bg : 0;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(GREEN[c] * (1 - mix) + WHITE[c] * mix);
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG: 8 bits per channel, no interlace, filter 0 on every scanline. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
