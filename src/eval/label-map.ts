/**
 * Maps foreign label names (other annotation schemes, other tools) onto the
 * SPEC §1 labels before evaluation.
 */
import { ConfigError } from '../errors.js';
import { isLabel, LABELS, type Label } from '../types.js';

/** Source label name -> SPEC label. */
export type LabelMap = ReadonlyMap<string, Label>;

/** Shows a label name from input safely: quoted, control characters escaped, length capped. */
export function quoteLabel(name: string): string {
  return JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}...` : name);
}

/**
 * Parses a label map option such as `NAME=PERSON,PER=PERSON`.
 *
 * @param spec - comma-separated `SOURCE=LABEL` entries; blanks around names are ignored
 * @param where - the option or file named in error messages
 * @returns the map; empty for an empty `spec`
 * @throws ConfigError for an entry without `=`, an empty name, a target that is
 *   not a SPEC label, or one source mapped to two labels
 * @example
 * parseLabelMap('NAME=PERSON, TEL=PHONE').get('TEL'); // 'PHONE'
 */
export function parseLabelMap(spec: string, where = '--map'): LabelMap {
  const map = new Map<string, Label>();
  if (spec.trim() === '') return map;
  const entries = spec.split(',');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const eq = entry.indexOf('=');
    const source = eq < 0 ? '' : entry.slice(0, eq).trim();
    const target = eq < 0 ? '' : entry.slice(eq + 1).trim();
    if (eq < 0 || source === '' || target === '') {
      throw new ConfigError(`${where}: entry ${i + 1} ${quoteLabel(entry.trim())}: expected SOURCE=LABEL, e.g. NAME=PERSON`);
    }
    if (!isLabel(target)) {
      throw new ConfigError(
        `${where}: entry ${i + 1}: ${quoteLabel(target)} is not a SPEC label; use one of ${LABELS.join(', ')}`,
      );
    }
    const before = map.get(source);
    if (before !== undefined && before !== target) {
      throw new ConfigError(`${where}: ${quoteLabel(source)} is mapped to both ${before} and ${target}; keep one`);
    }
    map.set(source, target);
  }
  return map;
}

/**
 * Parses a list of SPEC labels, e.g. from `--labels PERSON,PHONE`.
 *
 * @param names - label names; entries may themselves be comma-separated
 * @param where - the option named in error messages
 * @returns the labels, deduplicated, in SPEC §1 order
 * @throws ConfigError naming the first name that is not a SPEC label
 */
export function parseLabelList(names: readonly string[], where = '--labels'): Label[] {
  const wanted = new Set<Label>();
  for (const raw of names) {
    for (const part of raw.split(',')) {
      const name = part.trim();
      if (name === '') continue;
      if (!isLabel(name)) {
        throw new ConfigError(`${where}: ${quoteLabel(name)} is not a SPEC label; use one of ${LABELS.join(', ')}`);
      }
      wanted.add(name);
    }
  }
  if (wanted.size === 0) throw new ConfigError(`${where}: no label given; use one of ${LABELS.join(', ')}`);
  return LABELS.filter((l) => wanted.has(l));
}

/**
 * Applies a label map to one label name.
 *
 * @returns the SPEC label, or undefined when the name is neither mapped nor a SPEC label
 */
export function mapLabel(name: string, map: LabelMap | undefined): Label | undefined {
  const mapped = map?.get(name);
  if (mapped !== undefined) return mapped;
  return isLabel(name) ? name : undefined;
}
