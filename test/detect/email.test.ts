import { describe, expect, it } from 'vitest';
import { createEmailDetectors } from '../../src/detect/email.js';
import { detectIn, triples, type TestTurn } from '../helpers.js';

const email = createEmailDetectors()[0];

describe('EMAIL: positives (written and spoken)', () => {
  it.each([
    ['written', 'Mail an anna.weber@gmx.de.', [[8, 25, 'EMAIL']]],
    ['umlaut domain', 'müller@bäckerei-beispiel.de', [[0, 27, 'EMAIL']]],
    ['hyphens', 'Schreiben Sie an info-praxis@t-online.de, danke', [[17, 40, 'EMAIL']]],
    ['unknown TLD written with @', 'anna@firma.intern', [[0, 17, 'EMAIL']]],
    ['spoken with punkt and at', 'anna punkt weber at gmx punkt de', [[0, 32, 'EMAIL']]],
    ['spoken ät', 'schreiben sie an a punkt weber ät web punkt de', [[17, 46, 'EMAIL']]],
    ['spoken minus', 'info minus praxis at t minus online punkt de', [[0, 44, 'EMAIL']]],
    ['spelling alphabet local part', 'das ist m wie martha ü wie übermut l wie ludwig l wie ludwig e wie emil r wie richard at gmx punkt de', [[8, 101, 'EMAIL']]],
    ['spelled letters local part', 'das ist m ü l l e r at gmx punkt de', [[8, 35, 'EMAIL']]],
    ['name with spoken digits', 'das ist conner sechsunddreißig at arcor punkt de zusammengeschrieben', [[8, 48, 'EMAIL']]],
    ['spelled domain and TLD', 'taner punkt babacan klammeraffe g m x punkt d e', [[0, 47, 'EMAIL']]],
    ['spoken at-Zeichen', 'wagner punkt jona at-zeichen freenet punkt de stimmt das', [[0, 45, 'EMAIL']]],
    ['hyphen-spelled part', 'das ist laura punkt d a minus bork vierundneunzig at freenet punkt de ohne leerzeichen', [[8, 69, 'EMAIL']]],
  ] as const)('%s', async (_name, text, expected) => {
    expect(triples(await detectIn(email, text))).toEqual(expected);
  });

  it('finds a read-back in the agent turn as well', async () => {
    const agent: TestTurn = { speaker: 'agent', text: 'also anna punkt weber at gmx punkt de, richtig?' };
    const spans = await detectIn(email, 'anna.weber@gmx.de', agent);
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([
      [0, 0, 17],
      [1, 5, 37],
    ]);
  });

  it('scores written addresses above spoken ones, never validated', async () => {
    const [written] = await detectIn(email, 'anna.weber@gmx.de');
    const [spoken] = await detectIn(email, 'anna punkt weber at gmx punkt de');
    expect(written.score).toBeGreaterThan(spoken.score);
    expect([written.validated, spoken.validated]).toEqual([false, false]);
  });
});

describe('EMAIL: hard negatives', () => {
  it.each([
    ['English "at" without a domain', 'look at this punkt'],
    ['"at" in a phrase', 'wir treffen uns at home'],
    ['website without at', 'das steht auf gmx punkt de'],
    ['written website', 'siehe www.beispiel.de'],
    ['spoken address with unknown TLD', 'anna at firma punkt intern'],
    ['at sign alone', 'das @ zeichen'],
    ['handle without domain', 'folgen Sie @praxis_weber'],
    ['version and time', 'Version 2.0 at 10 punkt 5'],
  ] as const)('%s: %s', async (_reason, text) => {
    expect(await detectIn(email, text)).toEqual([]);
  });
});

describe('EMAIL: linear time on adversarial input', () => {
  const MB = 1 << 20;
  it.each([
    ['1 MB without spaces', 'a'.repeat(MB)],
    ['1 MB of "a@"', 'a@'.repeat(MB / 2)],
    ['1 MB of "a."', 'a.'.repeat(MB / 2)],
    ['1 MB of "a@b." chunks', 'a@b.'.repeat(MB / 4)],
    ['1 MB of "at punkt "', 'x at punkt '.repeat(MB / 11)],
  ])('%s', async (_name, text) => {
    const t0 = performance.now();
    await detectIn(email, text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
