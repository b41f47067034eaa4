import { describe, expect, it } from 'vitest';
import { decodeVlq, encodeVlq } from '@/lib/search/vlq';

describe('base64 VLQ', () => {
  it('round-trips small and large integers', () => {
    const values = [0, 1, 15, 31, 32, 33, 1023, 1024, 65_535, 2 ** 31, Number.MAX_SAFE_INTEGER];
    expect(decodeVlq(encodeVlq(values))).toEqual(values);
  });
  it('spends one character on values below 32, two below 1024', () => {
    expect(encodeVlq([0, 31])).toHaveLength(2);
    expect(encodeVlq([32])).toHaveLength(2);
    expect(encodeVlq([1023])).toHaveLength(2);
    expect(encodeVlq([1024])).toHaveLength(3);
  });
  it('uses only JSON- and URL-harmless characters', () => {
    expect(encodeVlq(Array.from({ length: 5000 }, (_, i) => i * 37))).toMatch(/^[A-Za-z0-9+/]*$/);
  });
  it('refuses what it cannot encode or decode', () => {
    expect(() => encodeVlq([-1])).toThrow();
    expect(() => encodeVlq([1.5])).toThrow();
    expect(() => decodeVlq('A"')).toThrow();
    expect(() => decodeVlq('g')).toThrow(); // a continuation character with nothing after it
  });
});
