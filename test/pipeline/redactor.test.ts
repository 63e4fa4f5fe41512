import { describe, expect, it } from 'vitest';
import { createRuleDetectors } from '../../src/detect/index.js';
import { RedactError, KeyError } from '../../src/errors.js';
import { compileDataSubject } from '../../src/pipeline/data-subject.js';
import { createRedactor } from '../../src/pipeline/redactor.js';
import { KeyRing } from '../../src/pseudonym/index.js';
import type { Detector, Transcript } from '../../src/types.js';

const detectors = createRuleDetectors();

const CALL: Transcript = {
  id: 'call-1',
  tenant: 'praxis',
  caller_id: '+4915112345678',
  started_at: '2026-03-02T09:14:00Z',
  turns: [
    { speaker: 'agent', text: 'Praxis am Markt, guten Tag.', start_ms: 0 },
    { speaker: 'caller', text: 'Hallo, hier ist Jana Krüger, meine Nummer ist 0171 2345678.' },
    { speaker: 'agent', text: 'Frau Krüger, ich wiederhole: 0171 2345678.' },
  ],
};

describe('createRedactor', () => {
  it('rewrites turns, keeps other fields, and reports redactions in original offsets', async () => {
    const redactor = createRedactor({ detectors, keys: KeyRing.generate() });
    const out = await redactor.redactTranscript(CALL);
    expect(out.turns[1].text).toBe('Hallo, hier ist [PERSON_1], meine Nummer ist [PHONE_1].');
    expect(out.turns[2].text).toBe('Frau [PERSON_1], ich wiederhole: [PHONE_1].');
    expect(out.started_at).toBe(CALL.started_at);
    expect(out.turns[0].start_ms).toBe(0);
    for (const r of out.redactions) {
      const original = CALL.turns[r.turn].text.slice(r.start, r.end);
      expect(original.length).toBeGreaterThan(0);
      expect(JSON.stringify(out.turns)).not.toContain(original);
    }
    expect(out.caller_id).toMatch(/^p1_/);
    expect(JSON.stringify(out)).not.toContain('12345678');
  });

  it('does not change its input', async () => {
    const copy = structuredClone(CALL);
    await createRedactor({ detectors, keys: KeyRing.generate() }).redactTranscript(CALL);
    expect(CALL).toEqual(copy);
  });

  it('refuses to pass a caller_id through without a key', async () => {
    await expect(createRedactor({ detectors }).redactTranscript(CALL)).rejects.toBeInstanceOf(KeyError);
  });

  it('fails the call closed when a detector throws', async () => {
    const broken: Detector = {
      id: 'broken',
      labels: ['PERSON'],
      detect() {
        throw new Error('boom with Jana Krüger');
      },
    };
    const redactor = createRedactor({ detectors: [...detectors, broken], keys: KeyRing.generate() });
    const failure = redactor.redactTranscript(CALL);
    await expect(failure).rejects.toBeInstanceOf(RedactError);
    await expect(failure).rejects.toThrow('detector broken failed on call call-1');
  });

  it('redacts only the requested labels with the chosen operators', async () => {
    const redactor = createRedactor({ detectors, labels: ['PHONE'], operators: { PHONE: { name: 'mask', params: { keepLast: 2 } } } });
    const out = await redactor.redactText('Ich bin Jana Krüger, 0171 2345678.');
    expect(out.text).toBe('Ich bin Jana Krüger, **** *****78.');
    expect(out.redactions.map((r) => [r.label, r.operator])).toEqual([['PHONE', 'mask']]);
  });

  it("keeps a data subject's own values and redacts third parties", async () => {
    const keepOwnData = compileDataSubject({ PERSON: ['Jana Krüger'], PHONE: ['+49 171 2345678'] });
    const redactor = createRedactor({ detectors, keepOwnData });
    const out = await redactor.redactText(
      'Hier ist Jana Krüger, 0171 2345678. Mein Nachbar Peter Hoffmann hat die Nummer 0160 9876543.',
    );
    expect(out.text).toBe('Hier ist Jana Krüger, 0171 2345678. Mein Nachbar [PERSON_1] hat die Nummer [PHONE_1].');
    expect(redactor.stats.kept).toBe(2);
  });
});
