/**
 * Patterns of the smaller dialogue steps: third persons, accidents,
 * technician visits, moves, meter readings, staff mentioned by name.
 */
export const STEP_POOLS: Readonly<Record<string, readonly string[]>> = {
  intro_third: [
    'Es geht um {rel:acc}, {other:full}.',
    'Das ist für {rel:acc}, {other:formalAcc}.',
    '{rel:cap} heißt {other:full}.',
    'Ich rufe wegen {rel:gen} an, {other:full}.',
  ],
  ask_third: [
    'Wie ist der Name von {yrel:dat}?',
    'Und wie heißt {yrel:nom}?',
    'Auf welchen Namen läuft das dann?',
    'Können Sie mir den vollen Namen sagen?',
  ],
  ans_third: [
    '{other:full}.',
    '{relp:cap} heißt {other:full}.',
    '{other:lastfirst}.',
    '{other:first}, {other:full}.',
    '{other:full}, {other:spelled}.',
  ],
  accident: [
    'Der andere Fahrer heißt {other:full}, das Kennzeichen war {oplate}.',
    'Die Unfallgegnerin war {other:formal}, Kennzeichen {oplate}.',
    'Ich habe mir das Kennzeichen aufgeschrieben: {oplate}. Der Fahrer hieß {other:last}.',
    'Der Unfallgegner, {other:formal}, hat {oplate}, und seine Nummer ist {ophone}.',
  ],
  accident_q: ['Wissen Sie, wer der Unfallgegner war?', 'Haben Sie die Daten des anderen Fahrzeugs?', 'Wer war denn beteiligt?'],
  tech_visit: [
    'Unser Monteur, {tech:formal}, kommt {appt} zwischen {time} und {time}.',
    'Ich schicke Ihnen {tech:formal} vorbei, {appt}.',
    '{tech:formal} ruft Sie vorher noch an.',
    'Der Kollege, {tech:full}, kann {appt} vorbeikommen.',
  ],
  staff_mention: [
    '{staff:formal} ist dafür zuständig, ich gebe das weiter.',
    '{kollege}, {staff:full}, meldet sich bei Ihnen.',
    'Das muss {staff:formal} entscheiden, ich frage nach.',
  ],
  'staff_mention@med': [
    'Dr. {doc:last} ruft Sie (heute Nachmittag|morgen) zurück.',
    'Das muss {doc:formal} entscheiden.',
    'Ich frage kurz bei {doc:formal} nach.',
  ],
  ask_move_old: ['Wie war Ihre alte Adresse?', 'Von wo ziehen Sie weg?', 'Zur Sicherheit: Ihre bisherige Anschrift?'],
  ans_move_old: ['Bisher {addr:full}.', 'Die alte ist {addr:full}.', '{addr:full}.'],
  ask_move_new: ['Und die neue Adresse?', 'Wohin ziehen Sie?', 'Wie lautet die neue Anschrift?', 'Und ab wann gilt die neue Adresse?'],
  ans_move_new: ['Neu ist {naddr:full}.', 'Ab nächstem Monat wohne ich {naddr:full}.', 'Die neue ist {naddr:full}.', '{naddr:street}, {naddr:plzcity}.'],
  rb_move_new: ['Also neu: {naddr:full}, richtig?', 'Ich habe {naddr:full} eingetragen.', '{naddr:street}, okay.'],
  ask_meterread: ['Und der aktuelle Zählerstand?', 'Welcher Stand ist auf dem Zähler?'],
  ans_meterread: ['Der Stand ist {meterread}.', '{meterread}, abgelesen heute früh.', 'Da steht {meterread}.'],
  biz_phone: [
    'Sie erreichen uns auch direkt unter {bizphone}.',
    'Falls etwas ist, rufen Sie die {bizphone} an.',
  ],
};
