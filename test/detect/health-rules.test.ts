import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rulesPath } from '../../src/rules-dir.js';

/** The rule files of one label folder, with their text. */
function ruleFiles(label: string): [string, string][] {
  return readdirSync(rulesPath(label))
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => [`${label}/${n}`, readFileSync(rulesPath(label, n), 'utf8')]);
}

const files = [...ruleFiles('health'), ...ruleFiles('special')];

describe('HEALTH/SPECIAL rule files', () => {
  it.each(files)('%s starts with a comment header (legal basis, format, example)', (_name, text) => {
    const header = text.split('\n').filter((l) => l.startsWith('#'));
    expect(text.startsWith('#')).toBe(true);
    expect(header.length).toBeGreaterThanOrEqual(4);
    expect(header.join(' ')).toMatch(/GDPR|Art\. 9|Art\. 10/);
    expect(header.join(' ')).toMatch(/Example|example/);
  });

  it.each(['health', 'special'])('%s: no phrase is defined twice (a later one would be shadowed)', (label) => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const [name, text] of ruleFiles(label)) {
      const doc = parse(text) as { sets?: { name: string; terms: string[] }[] };
      for (const set of doc.sets ?? []) {
        for (const term of set.terms) {
          const key = term.replace(/[[\]]/g, '').toLowerCase();
          const where = `${name}:${set.name}`;
          if (seen.has(key)) dupes.push(`${key} (${seen.get(key)} and ${where})`);
          else seen.set(key, where);
        }
      }
    }
    expect(dupes).toEqual([]);
  });

  it('ships several thousand HEALTH phrases', () => {
    let count = 0;
    for (const [, text] of ruleFiles('health')) {
      const doc = parse(text) as { sets?: { terms: string[] }[] };
      for (const set of doc.sets ?? []) count += set.terms.length;
    }
    expect(count).toBeGreaterThan(3000);
  });
});
