/** A byte, 0 past the end. */
const at0 = (b: Uint8Array, i: number): number => b[i] ?? 0;

/** Reads for a place the caller knows is inside the file: past the end they read 0. */
export const r16 = (b: Uint8Array, at: number): number => at0(b, at) | (at0(b, at + 1) << 8);
export const r32 = (b: Uint8Array, at: number): number => (r16(b, at) | (r16(b, at + 2) << 16)) >>> 0;
export const r32be = (b: Uint8Array, at: number): number => ((at0(b, at) << 24) | (at0(b, at + 1) << 16) | (at0(b, at + 2) << 8) | at0(b, at + 3)) >>> 0;

/** Little-endian reads that answer undefined past the end, so a truncated file is a refusal, not a throw. */
export const u16le = (b: Uint8Array, at: number): number | undefined => (at >= 0 && at + 2 <= b.length ? at0(b, at) | (at0(b, at + 1) << 8) : undefined);

export const u32le = (b: Uint8Array, at: number): number | undefined =>
  at >= 0 && at + 4 <= b.length ? (at0(b, at) | (at0(b, at + 1) << 8) | (at0(b, at + 2) << 16) | (at0(b, at + 3) << 24)) >>> 0 : undefined;

/** A 64-bit offset as a number: past 2^53 it is no offset a 10 MB file can have, so it reads as undefined. */
export function u64le(b: Uint8Array, at: number): number | undefined {
  const low = u32le(b, at);
  const high = u32le(b, at + 4);
  if (low === undefined || high === undefined || high >= 0x20_0000) return undefined;
  return high * 0x1_0000_0000 + low;
}

/** Bytes read as Latin-1: magic numbers and the ASCII names of zip parts compare as plain strings. */
export function latin1(b: Uint8Array, from: number, length: number): string {
  let s = '';
  const end = Math.min(b.length, from + length);
  for (let i = Math.max(0, from); i < end; i++) s += String.fromCharCode(at0(b, i));
  return s;
}

export function startsWith(b: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (at + magic.length > b.length) return false;
  return magic.every((byte, i) => b[at + i] === byte);
}
