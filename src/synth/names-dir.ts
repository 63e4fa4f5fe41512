/**
 * Reads larger name lists at run time (`--names-dir`), for training data
 * only: committed fixtures never use them. Understood files, searched
 * recursively:
 * - TSV with a header holding `name` and `sex` (w/f/female, m/male), optional
 *   `count` (rows below {@link kMinCount} are dropped as likely typos);
 * - TSV with `type` and `name` (faker export: first_female, first_male, last);
 * - `*.list` / `*.lst` whose file name contains "surname": one surname a line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import { splitOf, type Split } from './rng.js';

/** First names by sex and surnames from a names directory, already filtered to one split. */
export interface ExtraNames {
  female: string[];
  male: string[];
  last: string[];
}

/** Minimum count of a first name in a frequency table. */
export const kMinCount = 10;

// Plain Latin names only: the lists also hold initials, digits and garbled entries.
const NAME_RE = /^\p{Lu}[\p{Ll}ß]+(?:[- ]\p{Lu}[\p{Ll}ß]+)?$/u;

function listFiles(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) listFiles(p, out);
    else out.push(p);
  }
}

function addTsv(text: string, acc: ExtraNames): void {
  const lines = text.split(/\r?\n/);
  const head = lines[0].split('\t');
  const iName = head.indexOf('name');
  const iSex = head.indexOf('sex');
  const iType = head.indexOf('type');
  const iCount = head.indexOf('count');
  if (iName < 0 || (iSex < 0 && iType < 0)) return;
  for (let i = 1; i < lines.length; i++) {
    const cols = lines[i].split('\t');
    const name = cols[iName];
    if (!name || !NAME_RE.test(name)) continue;
    if (iCount >= 0 && Number(cols[iCount]) < kMinCount) continue;
    const kind = iSex >= 0 ? cols[iSex] : cols[iType];
    if (kind === 'w' || kind === 'f' || kind === 'female' || kind === 'first_female') acc.female.push(name);
    else if (kind === 'm' || kind === 'male' || kind === 'first_male') acc.male.push(name);
    else if (kind === 'last') acc.last.push(name);
  }
}

const cache = new Map<string, ExtraNames>();

/**
 * Loads and caches the names of `dir` that belong to `split`.
 * @throws ConfigError when the directory is missing or holds no usable list.
 */
export function loadNamesDir(dir: string, split: Split): ExtraNames {
  const key = `${split}\0${dir}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let files: string[] = [];
  try {
    listFiles(dir, files);
  } catch {
    throw new ConfigError(`--names-dir: cannot read directory ${dir}; pass a folder of name lists`);
  }
  files = files.sort();
  const acc: ExtraNames = { female: [], male: [], last: [] };
  for (const f of files) {
    if (f.endsWith('.tsv')) addTsv(readFileSync(f, 'utf8'), acc);
    else if (/surname[^/]*\.(list|lst)$/i.test(f)) {
      for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
        const n = line.trim();
        if (n.length >= 3 && n.length <= 16 && NAME_RE.test(n)) acc.last.push(n);
      }
    }
  }
  const out: ExtraNames = {
    female: [...new Set(acc.female)].filter((n) => splitOf(n, 'name') === split),
    male: [...new Set(acc.male)].filter((n) => splitOf(n, 'name') === split),
    last: [...new Set(acc.last)].filter((n) => splitOf(n, 'name') === split),
  };
  if (out.female.length + out.male.length + out.last.length === 0) {
    throw new ConfigError(`--names-dir: no name lists found in ${dir}; expected TSV with name/sex columns or *surname*.lst`);
  }
  cache.set(key, out);
  return out;
}
