/**
 * Name, spelling and date-of-birth exchanges. `{caller:spelled}` is one
 * PERSON span over the whole spelled sequence; `{dob:am}` renders the
 * dative ("am dritten März ..."), `{dob:der}` the nominative after "der".
 */
export const IDENTITY_POOLS: Readonly<Record<string, readonly string[]>> = {
  ask_name: [
    'Wie ist (Ihr Name|Ihr Nachname), bitte?',
    'Darf ich (zuerst|erst mal) Ihren Namen haben?',
    'Mit wem spreche ich (denn|bitte)?',
    'Auf welchen Namen läuft (das|der Vertrag|die Akte)?',
    'Können Sie mir (bitte|) Ihren vollen Namen sagen?',
    'Und Sie sind?',
  ],
  ans_name: [
    '{caller:full}.',
    '(Ja, |){caller:lastfirst}.',
    '{caller:lastfirst}, (ja|genau).',
    'Mein Name ist {caller:full}.',
    '{caller:formal}.',
    'Das läuft auf (mich|meinen Namen), {caller:full}.',
    '{caller:last}. {caller:full}.',
  ],
  ask_spell: [
    'Können Sie mir den Nachnamen (bitte|mal) buchstabieren?',
    'Wie schreibt man das?',
    'Buchstabieren Sie mir das (bitte|kurz)?',
    'Wie schreibt sich {caller:last} genau?',
    'Wie schreibt man Ihren Namen?',
  ],
  ans_spell: [
    '{caller:spelled}.',
    '(Ja, |){caller:last}, {caller:spelled}.',
    'Das ist {caller:spelled}.',
    '(Also|Gerne), {caller:spelled}.',
    '{caller:spelled}, {caller:last}.',
  ],
  ans_spell_first: [
    '{caller:first}, {caller:firstspelled}.',
    'Der Vorname ist {caller:firstspelled}.',
  ],
  rb_spell: [
    'Also {caller:spelled}, richtig?',
    '{caller:last}, (gut|okay), hab ich.',
    'Ich wiederhole: {caller:spelled}.',
    'Danke, {caller:formal}.',
  ],
  rb_name_wrong: ['Also {sal} {caller:misheard}?', '{caller:misheard}, richtig?', 'Ich habe {caller:misheard} verstanden.'],
  fix_name: [
    'Nein, {caller:last}. {caller:spelled}.',
    'Nicht ganz, {caller:spelled}.',
    'Nee, {caller:last}, mit {caller:spelled}.',
  ],
  fix_name_ok: ['Ah, Entschuldigung, {caller:last}. Hab ich.', 'Okay, {sal} {caller:last}, ich habe es korrigiert.'],
  confirm_name: ['{caller:formal}, richtig?', 'Sie sind {caller:formal}?', 'Spreche ich mit {caller:formalAcc}?'],
  ask_dob: [
    'Und Ihr Geburtsdatum?',
    'Zur Sicherheit: Wie ist Ihr Geburtsdatum?',
    'Können Sie mir (bitte|noch) Ihr Geburtsdatum nennen?',
    'Wann sind Sie geboren?',
    'Ich bräuchte (noch|dann) Ihr Geburtsdatum.',
    'Zur Verifizierung bräuchte ich Ihr Geburtsdatum.',
  ],
  ans_dob: [
    '{dob:bare}.',
    'Der {dob:der}.',
    'Am {dob:am}.',
    'Ich bin am {dob:am} geboren.',
    'Geboren am {dob:am}.',
    'Mein Geburtsdatum ist der {dob:der}.',
    '{uh}{dob:bare}.',
    'Das ist der {dob:der}.',
  ],
  rb_dob: [
    'Der {dob:der}, danke.',
    'Geboren am {dob:am}, (gut|okay).',
    '{dob:bare}, passt.',
    'Also der {dob:der}?',
  ],
  ask_odob: [
    'Und das Geburtsdatum von {yrel:dat}?',
    'Wann ist {other:formal} geboren?',
    'Haben Sie das Geburtsdatum von {yrel:dat} zur Hand?',
  ],
  ans_odob: [
    '{relp:cap} ist am {odob:am} geboren.',
    'Der {odob:der}.',
    '{odob:bare}.',
    'Geboren am {odob:am}.',
  ],
};
