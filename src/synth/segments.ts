/**
 * The text model of the generator: a turn is built from segments, some of
 * which are gold entities. Turning the segments into the final text applies
 * the call's transcript style (speech-to-text lowercase without
 * punctuation, or written) and computes the gold offsets from the final
 * text, so spans stay exact whatever the style does to the words.
 */
import type { Label, SpecialSubtype } from '../types.js';

/** A piece of a turn; with `label` it is a gold entity. */
export interface Seg {
  t: string;
  label?: Label;
  subtype?: SpecialSubtype;
}

/** A turn before styling. */
export interface TurnDraft {
  speaker: 'agent' | 'caller';
  segs: Seg[];
}

/** How a call is transcribed. */
export interface Style {
  /** Lowercase everything (streaming speech-to-text). */
  lower: boolean;
  /** Keep punctuation (written transcripts). */
  punct: boolean;
  /** Probability that a number-like value is written as spoken words. */
  spoken: number;
  /** Disfluency rate in 0..1 ("äh", "ähm", repetitions). */
  disfl: number;
  /** Callers say "zwo" for 2. */
  zwo: boolean;
}

/** A gold entity with the value it must slice to. */
export interface DraftEntity {
  turn: number;
  start: number;
  end: number;
  label: Label;
  subtype?: SpecialSubtype;
  value: string;
}

// Sentence punctuation only: a mark followed by a space or the end. Keeps "49,90", "14:30", "ver.di", "a.b@x.de".
const PUNCT_END = /[.,!?;:]+(?=\s|$)/g;
const QUOTES_DASHES = /["„“”»«()]|\s[-–]\s|…/g;
const SPACES = /\s+/g;
const SENTENCE_START = /(^\s*|[.!?]\s+)(Der|Die|Das|Den|Dem|Ich|Ja|Es|Wir|Mein|Meine|Meinen|Ein|Eine|Und|Wie|Wann|Was|Wo|Können|Könnten|Haben|Hat|Ist|Sind|Hier|Nein|Nee|Also|Seit|Bei|Im|Am|Auf|Mir|Dann|Genau|Gut|Danke|Prima|Okay|Alles|Passt|Ginge|Geht|Nennen|Darf|Und|Zur|Sehr|Richtig|Korrekt|Stimmt|Einen|Ab|Bitte|Noch|Gibt|Welche|Welcher|Welches|Unser|Unsere|Vielen|Super|Schönen|Kann|Kurz|Letztes|Vorher|Falls|Sie|Er|Da|Das|So|Frühestens|Ah|Entschuldigung|Ihr|Ihre|An|Um|Für|Mit|Von|Zu|Nach|Dass|Leider|Vorher|Heute|Morgen|Meine|Wir)\b/g;
// What STT writes instead of abbreviations.
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/\bProf\. Dr\./g, 'Professor Doktor'], [/\bDr\./g, 'Doktor'], [/\bNr\./g, 'Nummer'], [/\bz\. ?B\./g, 'zum Beispiel'],
  [/\bca\./g, 'circa'], [/\bbzw\./g, 'beziehungsweise'], [/\busw\./g, 'und so weiter'], [/ ?€/g, ' Euro'], [/ ?%/g, ' Prozent'],
];

function styleText(t: string, style: Style, entity: boolean): string {
  let s = t;
  if (!style.punct) {
    if (!entity) for (const [re, rep] of ABBREVIATIONS) s = s.replace(re, rep);
    // Truecasing STT without punctuation writes "guten tag ist die wohnung frei": no capital after a lost full stop.
    if (!entity && !style.lower) s = s.replace(SENTENCE_START, (_m, p: string, w: string) => p + w.toLowerCase());
    s = s.replace(QUOTES_DASHES, ' ').replace(PUNCT_END, '');
  }
  if (style.lower) s = s.toLowerCase();
  return s;
}

/**
 * Renders one turn to text, pushing its gold entities (offsets into the
 * returned text) into `out`.
 * @param draft the segments of the turn
 * @param style the call's transcript style
 * @param turn index of the turn in the call
 * @param out receives the entities
 * @returns the final text of the turn
 */
export function renderTurn(draft: TurnDraft, style: Style, turn: number, out: DraftEntity[]): string {
  let text = '';
  let entityAtStart = false;
  let afterStop = false;
  const segs = draft.segs;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    // Sentence starts only count after a full stop: the first word of a turn keeps its capital.
    const raw = seg.label === undefined && !afterStop && !style.punct && !style.lower ? `\u0000${seg.t}` : seg.t;
    let t = styleText(raw, style, seg.label !== undefined).replace(SPACES, ' ').replace('\u0000', '');
    afterStop = /[.!?]\s*$/.test(seg.t) || (afterStop && seg.t.trim() === '');
    if (seg.label) {
      t = t.trim();
      if (t === '') throw new Error(`synth: empty ${seg.label} entity in turn ${turn}`);
      if (text !== '' && !text.endsWith(' ') && /[\p{L}\p{N}]$/u.test(text)) text += ' ';
      const start = text.length;
      if (start === 0) entityAtStart = true;
      text += t;
      out.push({ turn, start, end: text.length, label: seg.label, subtype: seg.subtype, value: t });
    } else {
      if (text === '' || text.endsWith(' ')) t = t.replace(/^ /, '');
      // An empty optional part leaves "Postleitzahl ?": drop the space (never inside an entity: they end in a non-space).
      if (text.endsWith(' ') && /^[.,!?;:]/.test(t)) text = text.slice(0, -1);
      text += t;
    }
  }
  text = text.replace(/ $/, '');
  if (!style.lower && text.length > 0) {
    const first = text[0];
    const upper = first.toUpperCase();
    // Capitalise the first word unless an entity starts the turn: its value must stay as rendered.
    if (upper !== first && upper.length === 1 && !entityAtStart) {
      text = upper + text.slice(1);
    }
  }
  return text;
}

/** Shorthand for a literal segment. */
export function lit(t: string): Seg {
  return { t };
}

/** Shorthand for an entity segment. */
export function ent(t: string, label: Label, subtype?: SpecialSubtype): Seg {
  return subtype ? { t, label, subtype } : { t, label };
}
