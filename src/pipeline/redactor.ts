import { KeyError, RedactError } from '../errors.js';
import { compileOperatorTable, createCallState } from '../operators/index.js';
import type { OperatorInput, OperatorTableSpec } from '../operators/types.js';
import type { KeyRing } from '../pseudonym/index.js';
import { pseudonymizeCallerId } from '../pseudonym/index.js';
import { resolveSpans } from '../resolve/index.js';
import { LABELS, type Detector, type Label, type Redaction, type RedactedTranscript, type Span, type Transcript } from '../types.js';
import { createCallView } from './call-view.js';
import type { DataSubjectMatcher } from './data-subject.js';
import { RedactionStats } from './stats.js';

/** Options of {@link createRedactor}. */
export interface RedactorOptions {
  /** Detectors to run: rules, NER, your own. Required: the pipeline has no hidden defaults. */
  detectors: readonly Detector[];
  /** Labels to redact; default all SPEC labels. */
  labels?: readonly Label[];
  /** Operator per label (`DEFAULT` for the rest); default `placeholder` for all. */
  operators?: OperatorTableSpec;
  /** Keys for caller-ID pseudonyms and the `hash` operator. Never invented: without keys a caller_id is an error. */
  keys?: KeyRing;
  /** Tenant for caller-ID pseudonyms when a transcript has no `tenant` field. */
  defaultTenant?: string;
  /** Data-subject request: spans that are the requester's own data are kept, the rest redacted. */
  keepOwnData?: DataSubjectMatcher;
}

/** Result of {@link Redactor.redactText}. */
export interface RedactedText {
  text: string;
  redactions: Redaction[];
}

/** A configured redaction pipeline. Safe to reuse for many calls; keeps no per-call state between calls. */
export interface Redactor {
  /** Redacts one call (SPEC §2) into SPEC §4 output. */
  redactTranscript(transcript: Transcript): Promise<RedactedTranscript>;
  /** Redacts a single text as one caller turn. */
  redactText(text: string): Promise<RedactedText>;
  /** Counts per label and per detector so far (never values). */
  readonly stats: RedactionStats;
}

/**
 * Builds a redactor from detectors and operator settings.
 *
 * @example
 * const redactor = createRedactor({ detectors: createRuleDetectors() });
 * const { text } = await redactor.redactText('Hier ist Anna Weber, 0171 2345678.');
 * // text === 'Hier ist [PERSON_1], [PHONE_1].'
 */
export function createRedactor(options: RedactorOptions): Redactor {
  const labels = new Set<Label>(options.labels ?? LABELS);
  const detectors = options.detectors.filter((d) => d.labels.some((l) => labels.has(l)));
  const operators = compileOperatorTable(options.operators ?? {}, options.keys);
  const stats = new RedactionStats();

  async function redactTranscript(transcript: Transcript): Promise<RedactedTranscript> {
    const texts = transcript.turns.map((t) => t.text);
    // 1. One shared view of the call: lowercase and spoken-form normalisations are computed once.
    const call = createCallView(transcript.id, transcript.turns);
    // 2. Every detector pushes candidates in original offsets. A failing detector fails the call:
    //    silently skipping it would let its entities through unredacted.
    const candidates: Span[] = [];
    for (const detector of detectors) {
      try {
        // Rule detectors are synchronous: awaiting their `undefined` would still cost a
        // microtask turn per detector and call, so only a returned promise (NER) is awaited.
        const pending = detector.detect(call, candidates);
        if (pending) await pending;
      } catch (error) {
        throw new RedactError('E_INTERNAL', `detector ${detector.id} failed on call ${transcript.id}`, { cause: error });
      }
    }
    // 3. Keep the requested labels, then resolve overlaps turn by turn.
    const wanted: Span[] = [];
    for (const span of candidates) if (labels.has(span.label)) wanted.push(span);
    const resolved = resolveSpans(wanted, texts);
    // A requester's own values are dropped only after resolution, so a kept span never
    // uncovers text that a competing candidate would have redacted.
    const own = options.keepOwnData;
    if (own) {
      for (let t = 0; t < resolved.length; t++) {
        resolved[t] = resolved[t].filter((span) => {
          const keep = own.isOwn(span, texts[t].slice(span.start, span.end));
          if (keep) stats.kept++;
          return !keep;
        });
      }
    }
    // 4. Rewrite each turn with one join of slices; per-call state keeps placeholders consistent.
    const tenant = transcript.tenant ?? options.defaultTenant ?? 'default';
    const state = createCallState({ callId: transcript.id, tenant });
    const redactions: Redaction[] = [];
    const turns = transcript.turns.map((turn, index) => {
      const spans = resolved[index];
      if (spans.length === 0) return { ...turn };
      const parts: string[] = [];
      let cursor = 0;
      for (const span of spans) {
        // A plain literal: a conditional spread per span costs a generic property copy.
        const input: OperatorInput = {
          label: span.label,
          call: state,
          before: turn.text.charAt(span.start - 1),
          after: turn.text.charAt(span.end),
        };
        if (span.subtype) input.subtype = span.subtype;
        parts.push(turn.text.slice(cursor, span.start), operators.apply(turn.text.slice(span.start, span.end), input));
        cursor = span.end;
        redactions.push(toRedaction(span, operators.operatorFor(span.label)));
        stats.count(span);
      }
      parts.push(turn.text.slice(cursor));
      return { ...turn, text: parts.join('') };
    });
    // 5. Caller ID: pseudonymised with the tenant's key, never passed through.
    const output: RedactedTranscript = { ...transcript, turns, redactions };
    if (transcript.caller_id !== undefined && transcript.caller_id !== null) {
      if (!options.keys) throw new KeyError(`call ${transcript.id}: caller_id needs a key to pseudonymise (--key-file or REDACT_DE_KEY)`);
      output.caller_id = pseudonymizeCallerId(String(transcript.caller_id), tenant, options.keys);
    }
    stats.calls++;
    return output;
  }

  async function redactText(text: string): Promise<RedactedText> {
    const out = await redactTranscript({ id: 'text', turns: [{ speaker: 'caller', text }] });
    return { text: out.turns[0].text, redactions: out.redactions };
  }

  return { redactTranscript, redactText, stats };
}

function toRedaction(span: Span, operator: string): Redaction {
  const score = Math.round(span.score * 1000) / 1000;
  // Two literals rather than a conditional spread; the key order (subtype after label) is the output's.
  if (span.subtype) {
    const { turn, start, end, label, subtype, source } = span;
    return { turn, start, end, label, subtype, operator, score, source };
  }
  return { turn: span.turn, start: span.start, end: span.end, label: span.label, operator, score, source: span.source };
}
