/**
 * Converts the GermEval 2014 NER TSV format into SPEC §3 gold records with
 * PERSON spans only, so the accuracy benchmark can score name detection on
 * German news and Wikipedia sentences.
 *
 * The data is read at run time from ../shared/data and never copied into the
 * repository (see notes/BRIEF.md).
 */
import type { EvalSpan } from '../src/eval/index.js';
import type { Label } from '../src/types.js';

/** A gold record as the benchmark feeds it to every system: one call, one turn per sentence. */
export interface BenchCall {
  id: string;
  turns: { speaker: string; text: string }[];
  entities: EvalSpan[];
}

/** Options of {@link convertGermEval}. */
export interface GermEvalOptions {
  /** Prefix of record ids; the sentence number (1-based) follows. Default `germeval-`. */
  idPrefix?: string;
  /**
   * Also take `B-PER`/`I-PER` from the embedded column 4 (a person inside an
   * organisation name, e.g. an architects' firm named after its founders).
   * SPEC §1 counts such names as PERSON. Default true.
   */
  embedded?: boolean;
}

/** One token of a sentence with its two BIO tags. */
interface Token {
  text: string;
  outer: string;
  inner: string;
}

// Tokens that attach to the previous token (no space before) and ones that
// attach to the next (no space after). Straight double quotes alternate
// between opening and closing, the usual convention in the corpus.
const kNoSpaceBefore = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "''", '“', '»']);
const kNoSpaceAfter = new Set(['(', '[', '{', '``', '„', '«']);

const kPerson: Label = 'PERSON';

/**
 * Parses GermEval 2014 TSV (`index TAB token TAB outer-tag TAB inner-tag`,
 * a `#` comment line before each sentence, a blank line after it) into one
 * record per sentence with a single caller turn.
 *
 * Sentence text is the tokens joined by one space, except that closing
 * punctuation attaches to the token before and opening brackets to the token
 * after, so the text reads like ordinary prose. Only exact `B-PER` / `I-PER`
 * tags become PERSON spans; `PERderiv` ("Kafkaesk") and `PERpart`
 * ("Hamiltonoperator") are not names of a person in the PII sense. A span
 * runs from the first character of its `B-PER` token to the last character
 * of its last `I-PER` token; outer and embedded spans that overlap are merged.
 *
 * @param tsv - the whole file content
 * @param opts - id prefix and whether to read the embedded column
 * @returns records in file order; sentences without tokens are skipped
 * @example
 * convertGermEval('#\tsrc\n1\tAnna\tB-PER\tO\n2\tWeber\tI-PER\tO\n3\tlacht\tO\tO\n\n')[0];
 * // { id: 'germeval-1', turns: [{ speaker: 'caller', text: 'Anna Weber lacht' }],
 * //   entities: [{ turn: 0, start: 0, end: 10, label: 'PERSON' }] }
 */
export function convertGermEval(tsv: string, opts: GermEvalOptions = {}): BenchCall[] {
  const prefix = opts.idPrefix ?? 'germeval-';
  const embedded = opts.embedded ?? true;
  const out: BenchCall[] = [];
  let tokens: Token[] = [];
  let sentence = 0;
  const flush = (): void => {
    if (tokens.length === 0) return;
    sentence++;
    out.push(sentenceRecord(`${prefix}${sentence}`, tokens, embedded));
    tokens = [];
  };
  for (const raw of tsv.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 3 || cols[1] === '') continue;
    tokens.push({ text: cols[1], outer: cols[2] ?? 'O', inner: cols[3] ?? 'O' });
  }
  flush();
  return out;
}

function sentenceRecord(id: string, tokens: readonly Token[], embedded: boolean): BenchCall {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let quoteOpen = false;
  let glueNext = true;
  for (const tok of tokens) {
    let glue = glueNext || kNoSpaceBefore.has(tok.text);
    glueNext = kNoSpaceAfter.has(tok.text);
    if (tok.text === '"') {
      // An opening quote attaches to the next token, a closing one to the previous.
      if (quoteOpen) glue = true;
      else glueNext = true;
      quoteOpen = !quoteOpen;
    }
    if (!glue) text += ' ';
    starts.push(text.length);
    text += tok.text;
    ends.push(text.length);
  }
  const spans: [number, number][] = [];
  collectPer(tokens, (t) => t.outer, starts, ends, spans);
  if (embedded) collectPer(tokens, (t) => t.inner, starts, ends, spans);
  return { id, turns: [{ speaker: 'caller', text }], entities: mergeSpans(spans) };
}

/** Pushes `[start, end)` of every B-PER (I-PER)* run of one tag column. */
function collectPer(
  tokens: readonly Token[],
  tag: (t: Token) => string,
  starts: readonly number[],
  ends: readonly number[],
  out: [number, number][],
): void {
  let open = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const t = i < tokens.length ? tag(tokens[i]) : 'O';
    // An I-PER without a preceding B-PER (annotation slip) still starts a name.
    const continues = t === 'I-PER' && open >= 0;
    if (continues) continue;
    if (open >= 0) out.push([starts[open], ends[i - 1]]);
    open = t === 'B-PER' || t === 'I-PER' ? i : -1;
  }
}

/** Sorts spans and merges overlapping ones, so each name character is gold once. */
function mergeSpans(spans: [number, number][]): EvalSpan[] {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: EvalSpan[] = [];
  for (const [start, end] of spans) {
    const last = out[out.length - 1];
    if (last && start < last.end) {
      if (end > last.end) last.end = end;
      continue;
    }
    out.push({ turn: 0, start, end, label: kPerson });
  }
  return out;
}
