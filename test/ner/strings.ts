/**
 * Named inputs of the NER tests: call snippets in written and speech-to-text
 * form, plus characters the tokenizer's normaliser changes. All names are fictitious.
 */
export const S = {
  written: 'Guten Tag, hier spricht Frau Anna Weber, ich rufe wegen der Rechnung an.',
  asr: 'ja hallo mein name ist jana krüger',
  upper: 'JÜRGEN MÜLLER hier!',
  umlautPunct: 'Herr Öztürk? Müller-Lüdenscheidt, (Zoë).',
  accents: 'zoë dubois und renée schulz',
  /** "e" + COMBINING DIAERESIS: two code units for one letter. */
  combining: 'Zoe\u0308 Dubois',
  /** Zero-width space and soft hyphen inside a name: removed by the normaliser, kept in the span. */
  invisible: 'an\u200Bna We\u00ADber',
  /** Dotted capital I lowercases to two code units, then loses the dot. */
  dottedI: 'İlse Öztürk',
  /** Capital sharp s, no-break space, tab and newline as separators. */
  whitespace: 'STRAẞE\u00A0weg\tplatz\nköln',
  /** An emoji (surrogate pair) and a CJK character are words of their own or [UNK]. */
  astral: 'anna 😀 weber 中 peter',
  /** A word over 100 characters becomes one [UNK]. */
  longWord: `herr ${'x'.repeat(120)} weber`,
  digitsPunct: 'Tel.: 0171/2345678, Zi. 12a',
} as const;
