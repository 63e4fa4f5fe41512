import { z } from 'zod';
import { valueKey } from '../operators/index.js';
import { loadYamlFile } from '../rules/load.js';
import { LABELS, type Label, type Span } from '../types.js';

/**
 * The requester of a data-subject access request (GDPR Art. 15): their own
 * values stay readable in the export, everyone else's are redacted. Values
 * compare by the same identity as placeholders ("0171 234 56 78" equals
 * "null eins sieben eins ..."; names ignore case, titles and umlaut spelling).
 */
export const dataSubjectSchema = z.partialRecord(z.enum(LABELS), z.array(z.string().min(1)).min(1));

/** Values of the requester per label, as in a `--keep-subject FILE`. */
export type DataSubjectValues = z.output<typeof dataSubjectSchema>;

/** Decides which detected spans are the requester's own data. */
export interface DataSubjectMatcher {
  isOwn(span: Span, value: string): boolean;
}

/**
 * Compiles the requester's values. A PERSON mention is the requester's when
 * it is their full name or a part of it that includes the surname ("Weber",
 * "Anna Weber"); a first name alone is not kept, as another person may share it.
 */
export function compileDataSubject(values: DataSubjectValues): DataSubjectMatcher {
  const keys = new Map<Label, Set<string>>();
  const surnames = new Set<string>();
  const nameWords: Set<string>[] = [];
  for (const label of LABELS) {
    const list = values[label];
    if (!list) continue;
    const set = new Set<string>();
    for (const value of list) {
      const key = valueKey(label, value);
      if (!key) continue;
      set.add(key);
      if (label === 'PERSON') {
        const words = key.split(' ');
        surnames.add(words[words.length - 1]);
        nameWords.push(new Set(words));
      }
    }
    keys.set(label, set);
  }
  return {
    isOwn(span: Span, value: string): boolean {
      const key = valueKey(span.label, value);
      if (!key) return false;
      if (keys.get(span.label)?.has(key)) return true;
      if (span.label !== 'PERSON') return false;
      const words = key.split(' ');
      if (!surnames.has(words[words.length - 1])) return false;
      return nameWords.some((name) => words.every((w) => name.has(w)));
    },
  };
}

/** Loads a `--keep-subject` file (YAML or JSON: `PERSON: [Anna Weber]`, `PHONE: [...]`). */
export function loadDataSubject(file: string): DataSubjectMatcher {
  return compileDataSubject(loadYamlFile(file, dataSubjectSchema));
}
