import { it } from 'vitest';
import { createNerDetector } from '../../src/ner/index.js';
import { detectIn } from '../helpers.js';
it('smoke', async () => {
  const ner = await createNerDetector('/work/main/test/fixtures/tiny-ner');
  const texts = ['Guten Tag, hier spricht Frau Anna Weber, ich rufe wegen der Rechnung an.', 'ja hallo mein name ist jana krüger', 'JÜRGEN MÜLLER hier!', 'Herr Öztürk?', 'zoë dubois und renée schulz'];
  for (const t of texts) {
    const spans = await detectIn(ner, t);
    console.log(t, '=>', spans.map((s) => `${t.slice(s.start, s.end)}|${s.score.toFixed(2)}`));
  }
  await ner.close();
});
