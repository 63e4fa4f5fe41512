import { describe, expect, it } from 'vitest';
import { normalizeCallerId } from '../../src/pseudonym/index.js';

describe('normalizeCallerId', () => {
  it.each([
    ['0171 2345678', '+491712345678'],
    ['+49 (0) 171 2345678', '+491712345678'],
    ['+49 (0)171 2345678', '+491712345678'],
    ['0049 171 2345678', '+491712345678'],
    ['+49 171 2345678', '+491712345678'],
    ['0171/234 56 78', '+491712345678'],
    ['  +4915112345678 ', '+4915112345678'],
    ['030 23125 417', '+493023125417'],
    ['+1 202 555 0143', '+12025550143'],
  ])('%j -> %s', (raw, e164) => {
    expect(normalizeCallerId(raw)).toBe(e164);
  });

  it.each([['anonymous'], [''], ['unknown'], ['1']])('%j is no phone number', (raw) => {
    expect(normalizeCallerId(raw)).toBeUndefined();
  });
});
