// Unsigned integers as base64 VLQ text (the encoding of source maps): 5 bits per character plus
// a continuation bit, so values below 32 cost one character. Text, not binary, because every
// static host gzips JSON while many serve application/octet-stream uncompressed.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function encodeVlq(values: Iterable<number>): string {
  let out = '';
  for (const value of values) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`VLQ needs a non-negative integer, got ${value}`);
    let v = value;
    do {
      const digit = v & 31;
      v = Math.floor(v / 32);
      out += ALPHABET[v > 0 ? digit | 32 : digit];
    } while (v > 0);
  }
  return out;
}

export function decodeVlq(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? VALUE[code]! : -1;
    if (digit < 0) throw new Error(`not a VLQ character: ${JSON.stringify(text[i])}`);
    value += (digit & 31) * scale;
    if (digit & 32) scale *= 32;
    else {
      out.push(value);
      value = 0;
      scale = 1;
    }
  }
  if (scale !== 1) throw new Error('VLQ text ends inside a number');
  return out;
}
