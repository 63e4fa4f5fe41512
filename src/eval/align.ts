/**
 * Pairs prediction records with gold records by `id`, checks every span
 * against the gold text, and groups spans by turn. Both the metrics and the
 * HTML findings start from this, so they agree on what counts.
 */
import { InputError, type InputLocation } from '../errors.js';
import { isLabel, type Label } from '../types.js';
import type { EvalSpan, GoldDoc, MetricsOptions, PredDoc } from './types.js';

/** One gold turn with the gold and predicted spans that fall in it. */
export interface AlignedTurn {
  text: string;
  gold: EvalSpan[];
  pred: EvalSpan[];
}

/** One gold record with its turns; a record without prediction has no `pred` spans. */
export interface AlignedDoc {
  id: string;
  turns: AlignedTurn[];
}

/** The spans of a prediction record and the field name they came from. */
export function predSpansOf(doc: PredDoc): { spans: readonly EvalSpan[]; field: string } {
  // `redactions` wins over `entities`: see PredDoc.
  if (Array.isArray(doc.redactions)) return { spans: doc.redactions, field: 'redactions' };
  if (Array.isArray(doc.entities)) return { spans: doc.entities, field: 'entities' };
  return { spans: [], field: 'redactions' };
}

/**
 * Aligns `pred` to `gold` by id and validates every span.
 *
 * @param gold - gold records; ids must be unique
 * @param pred - prediction records; ids must be unique and present in `gold`
 * @param opts - label filter and source names for error messages
 * @returns one entry per gold record, in gold order
 * @throws InputError for duplicate or unknown ids, a turn out of range,
 *   offsets that are not integers with `0 <= start < end <= text.length`,
 *   or a label outside SPEC §1
 */
export function alignDocs(
  gold: readonly GoldDoc[],
  pred: readonly PredDoc[],
  opts: MetricsOptions = {},
): AlignedDoc[] {
  const goldFile = opts.goldFile ?? 'gold';
  const predFile = opts.predFile ?? 'pred';
  const keep = opts.labels ? new Set<Label>(opts.labels) : undefined;
  const byId = new Map<string, AlignedDoc>();
  const out: AlignedDoc[] = [];

  for (let d = 0; d < gold.length; d++) {
    const doc = gold[d];
    const where = recordAt(goldFile, doc, d);
    if (typeof doc.id !== 'string') throw new InputError(where('id'), 'expected string');
    if (byId.has(doc.id)) throw new InputError(where('id'), 'duplicate id in gold');
    if (!Array.isArray(doc.turns)) throw new InputError(where('turns'), 'expected array');
    const turns: AlignedTurn[] = [];
    for (let t = 0; t < doc.turns.length; t++) {
      const text = doc.turns[t].text;
      if (typeof text !== 'string') {
        throw new InputError(where(`turns[${t}].text`), 'expected string');
      }
      turns.push({ text, gold: [], pred: [] });
    }
    const aligned: AlignedDoc = { id: doc.id, turns };
    addSpans(doc.entities, 'entities', turns, keep, where, 'gold');
    byId.set(doc.id, aligned);
    out.push(aligned);
  }

  const seen = new Set<string>();
  for (let d = 0; d < pred.length; d++) {
    const doc = pred[d];
    const where = recordAt(predFile, doc, d);
    // Ids are not quoted: they may be derived from caller data.
    if (typeof doc.id !== 'string') throw new InputError(where('id'), 'expected string');
    if (seen.has(doc.id)) throw new InputError(where('id'), 'duplicate id in predictions');
    seen.add(doc.id);
    const target = byId.get(doc.id);
    if (!target) {
      throw new InputError(where('id'), 'no gold record has this id; predict only gold records');
    }
    const { spans, field } = predSpansOf(doc);
    addSpans(spans, field, target.turns, keep, where, 'pred');
  }
  return out;
}

type Locate = (field: string) => InputLocation;

/** Locates a field of record `index`: by file line when known, else by array index. */
function recordAt(file: string, doc: { line?: number }, index: number): Locate {
  if (doc.line !== undefined) return (field) => ({ file, line: doc.line, field });
  return (field) => ({ file, field: `[${index}].${field}` });
}

function addSpans(
  spans: readonly EvalSpan[],
  field: string,
  turns: AlignedTurn[],
  keep: Set<Label> | undefined,
  where: Locate,
  side: 'gold' | 'pred',
): void {
  if (!Array.isArray(spans)) throw new InputError(where(field), 'expected array');
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const at = (key: string) => where(`${field}[${i}].${key}`);
    if (!isLabel(s.label)) throw new InputError(at('label'), 'not a SPEC label; map it with a label map');
    if (!Number.isInteger(s.turn) || s.turn < 0 || s.turn >= turns.length) {
      throw new InputError(at('turn'), `expected an integer turn index in 0..${turns.length - 1}`);
    }
    const len = turns[s.turn].text.length;
    if (!Number.isInteger(s.start) || s.start < 0) {
      throw new InputError(at('start'), 'expected an integer >= 0');
    }
    if (!Number.isInteger(s.end) || s.end <= s.start || s.end > len) {
      throw new InputError(at('end'), `expected an integer with start < end <= ${len} (turn text length)`);
    }
    if (keep && !keep.has(s.label)) continue;
    turns[s.turn][side].push(s);
  }
}
