#!/usr/bin/env node
// Draws the add-in icons (a green rounded square with a white check mark) as PNG files in assets/.
// Written by hand with zlib so the icons need no image tool and regenerate byte for byte:
//   node scripts/make-icons.js
// Office asks for 16/32/80 px ribbon icons and 32/64 px (IconUrl/HighResolutionIconUrl); 128 px is for
// the Microsoft 365 admin center and AppSource listings.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x1e, 0x7b, 0x45]; // dark enough for white to reach WCAG contrast on it
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4; // per axis: anti-aliased edges without any drawing library

// Shape in unit coordinates (0..1), scaled to every size so small icons keep the same proportions.
const CORNER_RADIUS = 0.2;
const CHECK = [
  [0.25, 0.53],
  [0.43, 0.71],
  [0.76, 0.32],
];
const CHECK_HALF_WIDTH = 0.075;

function insideRoundedSquare(x, y) {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return x >= 0 && x <= 1 && y >= 0 && y <= 1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onCheck(x, y) {
  for (let i = 0; i + 1 < CHECK.length; i++) {
    if (distanceToSegment(x, y, CHECK[i], CHECK[i + 1]) <= CHECK_HALF_WIDTH) return true;
  }
  return false;
}

/** RGBA pixels, row by row: coverage of the square gives alpha, coverage of the check mixes in white. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let square = 0;
      let check = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (col + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (row + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          square++;
          if (onCheck(x, y)) check++;
        }
      }
      const mix = square === 0 ? 0 : check / square;
      const at = (row * size + col) * 4;
      for (let c = 0; c < 3; c++)
        pixels[at + c] = Math.round(GREEN[c] + (WHITE[c] - GREEN[c]) * mix);
      pixels[at + 3] = Math.round((255 * square) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
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

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // bytes 10-12: compression, filter, interlace methods 0
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let row = 0; row < size; row++) {
    raw[row * (stride + 1)] = 0; // filter type None: the image is tiny, zlib does the work
    rgba.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  const png = encodePng(size, draw(size));
  fs.writeFileSync(file, png);
  console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}  ${png.length} bytes`);
}
