/**
 * What kind of file the bytes are, before any parser sees them. An .xls file and a password-encrypted .xlsx are both
 * Compound File Binary (CFB) containers starting D0 CF 11 E0; an encrypted .xlsx is the one whose CFB directory
 * holds a stream named "EncryptedPackage" (MS-OFFCRYPTO 2.3.4.4).
 */

export type FileKind = "zip" | "xls" | "encrypted" | "text" | "unknown";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;

export function sniff(data: Uint8Array): FileKind {
  if (
    data.length >= 4 &&
    data[0] === 0x50 &&
    data[1] === 0x4b &&
    (data[2] === 3 || data[2] === 5)
  ) {
    return "zip";
  }
  if (CFB_MAGIC.every((b, i) => data[i] === b)) {
    return cfbStreamNames(data).includes("EncryptedPackage") ? "encrypted" : "xls";
  }
  return looksLikeText(data) ? "text" : "unknown";
}

/** Names in a CFB directory; an unreadable directory yields no names (then the file is taken for an .xls). */
export function cfbStreamNames(data: Uint8Array): string[] {
  if (data.length < 512) return [];
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const sectorSize = 1 << view.getUint16(30, true);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const sectorOffset = (s: number): number => (s + 1) * sectorSize;
  // The FAT sectors are listed in the header's DIFAT (109 entries are enough for files up to ~7 MB; larger
  // encrypted files are still found through the directory's first sector below).
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(76 + i * 4, true);
    if (s >= 0xfffffffa) break;
    fatSectors.push(s);
  }
  const next = (s: number): number => {
    const perSector = sectorSize / 4;
    const fs = fatSectors[Math.floor(s / perSector)];
    if (fs === undefined) return END_OF_CHAIN;
    const at = sectorOffset(fs) + (s % perSector) * 4;
    return at + 4 <= data.length ? view.getUint32(at, true) : END_OF_CHAIN;
  };
  const names: string[] = [];
  let sector = view.getUint32(48, true);
  for (let guard = 0; sector < 0xfffffffa && guard < 10000; guard++) {
    const base = sectorOffset(sector);
    for (let e = 0; e < sectorSize / 128; e++) {
      const at = base + e * 128;
      if (at + 128 > data.length) return names;
      const nameBytes = view.getUint16(at + 64, true);
      if (nameBytes < 2 || nameBytes > 64) continue;
      let name = "";
      for (let c = 0; c < nameBytes / 2 - 1; c++)
        name += String.fromCharCode(view.getUint16(at + c * 2, true));
      names.push(name);
    }
    sector = next(sector);
  }
  return names;
}

function looksLikeText(data: Uint8Array): boolean {
  const n = Math.min(data.length, 4096);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i];
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n < 0.01;
}
