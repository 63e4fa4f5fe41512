import { it } from 'vitest';
import { createPersonDetectors } from '../../src/detect/person.js';
import { detectIn } from '../helpers.js';

const [d] = createPersonDetectors();
const singles = [
  'Guten Tag, Herr Müller.',
  'Ist Frau Dr. Schmidt-Weber heute in der Praxis?',
  'Ich habe mit Herrn Yılmaz gesprochen.',
  'Das ist für Frau Anna Weber.',
  'Überweisung von Dr. med. Jürgen Krause',
  'Prof. Kowalski hat das geprüft.',
  'Hallo, hier ist Jana Krüger.',
  'Mein Name ist Zygmunt Kwiatkowski.',
  'Ich heiße Lea Sommer und rufe wegen meiner Mutter an.',
  'Hier spricht Koch.',
  'Praxis Dr. Weber, Sie sprechen mit Lisa Hoffmann, was kann ich für Sie tun?',
  'Also Herr Koch, ich habe alles notiert.',
  'Spreche ich mit Frau Sommer?',
  'Ist Herr Wolf da?',
  'Weber am Apparat.',
  'Ja, das ist für meine Frau Erika.',
  'Mein Sohn Luca hat Fieber.',
  'Der Termin läuft auf den Namen Brandt.',
  'Autohaus Müller, grüß Gott.',
  'Praxis Dr. Anna Weber, guten Tag.',
  'Frau von der Leyen hat angerufen.',
  'Dann kam Frank dazu.',
  'Anna Klein hat angerufen.',
  'ja hallo hier ist anna weber ich wollte einen termin',
  'guten tag frau koch was kann ich für sie tun',
  'mein name ist zygmunt kwiatkowski',
  'ich heiße lea sommer',
  'ist herr wolf da',
  'ja schmidt am apparat',
  'mein sohn luca hat fieber',
  'das muss doktor hammer entscheiden',
  'meine kollegin anastasia iliopoulos meldet sich bei ihnen',
  'guten morgen ich bin bagdagül sepetci',
  'hallo evangelia zervos hier ich brauche einen termin',
];
const negatives = [
  'Der Koch hat gesagt, das Essen ist fertig.',
  'Da war ein Wolf im Wald.',
  'Im Sommer sind wir verreist.',
  'Sie hat braune Haare.',
  'Frank und frei gesagt, das geht nicht.',
  'Herr der Ringe läuft heute.',
  'Frau Doktor, ich habe eine Frage.',
  'Der Termin ist am 3. Mai.',
  'Herr Doktor, es tut weh.',
  'Die Frau hat angerufen.',
  'der koch hat gesagt',
  'ein wolf im wald',
  'im sommer waren wir weg',
  'meine frau hat angerufen',
  'der herr doktor kommt gleich',
  'hier ist alles in ordnung',
  'ich bin krank',
  'ich bin umgezogen',
  'ich bin siebenundsechzig jahre alt',
  'Wie lautet Ihre IBAN?',
  'Das ist in St. Martin passiert.',
  'Ich war beim Doktor.',
  'Ihr Name, bitte?',
  'das heißt wir müssen warten',
  'Stadtwerke Bonn, guten Tag, was kann ich für Sie tun?',
  'Sozialstation München, grüß Gott.',
  'Herr Ober, die Rechnung bitte.',
  'Frau Nachbarin, guten Morgen.',
];
it('scratch', async () => {
  for (const t of [...singles, '---', ...negatives]) {
    if (t === '---') { console.log('--- negatives'); continue; }
    const spans = await detectIn(d, t);
    console.log(JSON.stringify(t), '=>', JSON.stringify(spans.map((s) => [s.start, s.end, t.slice(s.start, s.end)])));
  }
});
