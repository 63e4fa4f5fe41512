import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { mapLabel, parseLabelList, parseLabelMap } from '../../src/eval/label-map.js';

describe('parseLabelMap', () => {
  it('parses SOURCE=LABEL entries, ignoring blanks', () => {
    const map = parseLabelMap(' NAME=PERSON, PER = PERSON ,TEL=PHONE');
    expect([...map]).toEqual([
      ['NAME', 'PERSON'],
      ['PER', 'PERSON'],
      ['TEL', 'PHONE'],
    ]);
  });

  it('accepts an empty map', () => {
    expect(parseLabelMap('').size).toBe(0);
  });

  it.each([
    ['no equals sign', 'NAME', '--map: entry 1 "NAME": expected SOURCE=LABEL'],
    ['empty source', '=PERSON', 'expected SOURCE=LABEL'],
    ['empty target', 'NAME=', 'expected SOURCE=LABEL'],
    ['target not a SPEC label', 'NAME=PER', '"PER" is not a SPEC label'],
    ['one source, two labels', 'X=PERSON,X=PHONE', '"X" is mapped to both PERSON and PHONE'],
  ])('%s -> ConfigError', (_why, spec, message) => {
    expect(() => parseLabelMap(spec)).toThrow(ConfigError);
    expect(() => parseLabelMap(spec)).toThrow(message);
  });
});

describe('mapLabel', () => {
  const map = parseLabelMap('NAME=PERSON,ID=PHONE');
  it.each([
    ['NAME', 'PERSON', 'mapped'],
    ['EMAIL', 'EMAIL', 'a SPEC label passes through'],
    ['ID', 'PHONE', 'a SPEC label can be remapped'],
    ['LOC', undefined, 'unknown and unmapped'],
  ])('%s -> %s (%s)', (name, label, _why) => {
    expect(mapLabel(name, map)).toBe(label);
  });
});

describe('parseLabelList', () => {
  it('splits, deduplicates and orders labels as in SPEC §1', () => {
    expect(parseLabelList(['PERSON,IBAN', 'PERSON'])).toEqual(['IBAN', 'PERSON']);
  });
  it('rejects an unknown label by name', () => {
    expect(() => parseLabelList(['PERSON,NAME'])).toThrow('--labels: "NAME" is not a SPEC label');
  });
  it('rejects an empty list', () => {
    expect(() => parseLabelList([' , '])).toThrow(ConfigError);
  });
});
