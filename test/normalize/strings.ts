/**
 * Named inputs shared by the normalisation tests: realistic call snippets in
 * written and speech-to-text form. All values are fictitious.
 */
export const S = {
  phoneSpoken: 'meine nummer ist null eins sieben eins, zwei drei vier fünf sechs sieben acht',
  phoneCountryCode: 'Erreichbar unter plus vier neun, eins fünf eins, doppel-null zwölf',
  phoneWritten: 'Rufen Sie mich unter 0171 2345678 an.',
  dobSpoken: 'geboren bin ich am dritten märz neunzehnhundertachtzig',
  dobWritten: 'Geburtsdatum: 03.03.1980',
  dobOrdinalDigits: 'am 3ten Mai 1980 und am einunddreißigsten zwölften zweitausendvier',
  spelledName: 'Meier, M wie Martha, E wie Emil, I wie Ida, E, R wie Richard',
  spelledBare: 'ich buchstabiere Berta Emil Richard Gustav',
  spelledNato: 'callsign alfa bravo charlie, k wie kilo',
  spelledCity: 'Köhler: K wie Köln, Ö wie Umlaut Offenbach, H wie Hamburg',
  emailSpoken: 'die adresse ist anna punkt weber at gmx punkt de danke',
  emailSymbols: 'max unterstrich muster minus eins at web punkt de',
  ibanSpoken: 'D E acht neun, drei sieben null vier null null vier vier',
  plain: 'Guten Tag, ich hätte gern einen Termin am Dienstag.',
  plainLower: 'ja genau das ist richtig ich warte dann auf ihren rückruf',
  mixedCase: 'NULL Eins SIEBEN, Doppel Null',
  punctuation: '(null) [eins]; zwei/drei - vier... fünf!',
  ampersand: 'Müller & Söhne GmbH, ein Anruf, eine Frage, einen Moment',
} as const;

/** Every named input, for property tests over all of them. */
export const ALL_INPUTS: readonly string[] = Object.values(S);
