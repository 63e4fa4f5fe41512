import { it } from 'vitest';
import { createPersonDetectors } from '../../src/detect/person.js';
import { detectIn } from '../helpers.js';

const [d] = createPersonDetectors();
const cases: string[][] = [
  ['Hallo, hier ist Jana Krüger.'],
  ['ja hallo hier ist anna weber ich wollte'],
  ['Guten Tag, Herr Müller.', 'Frau Dr. Schmidt-Weber ist nicht da.', 'Herrn Yılmaz', 'Frau Anna Weber', 'Dr. med. Jürgen Krause', 'Prof. Kowalski'],
  ['der Koch hat gesagt', 'ein Wolf', 'im Sommer', 'braune Haare', 'Frank und frei', 'Herr der Ringe', 'Frau Doktor', 'am 3. Mai', 'Herr Doktor'],
  ['frau koch', 'der koch', 'ein wolf heult', 'im sommer'],
  ['Praxis Dr. Weber, Sie sprechen mit Lisa Hoffmann', 'Also Herr Koch, ich habe notiert'],
  ['Mein Name ist M wie Martha, E, I, E, R', 'meier mit e i', 'M-E-I-E-R', 'S C H M I D T', 'Müller mit ü'],
  ['Frau Anna Weber', 'Ja, Frau Weber, das ist notiert.', 'und weber hat gesagt', 'Webers Auto'],
  ['Mit wem spreche ich?', 'Koch, Anna Koch.'],
  ['Weber am Apparat', 'ist koch da', 'mein sohn luca', 'auf den namen kwiatkowski bitte'],
  ['Autohaus Müller, guten Tag', 'Praxis Dr. Anna Weber'],
];
it('scratch', async () => {
  for (const turns of cases) {
    const spans = await detectIn(d, ...turns);
    console.log(JSON.stringify(turns), '=>', JSON.stringify(spans.map((s) => `${s.turn}:${turns[s.turn].slice(s.start, s.end)}@${s.score}`)));
  }
});
