import { it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { createIbanDetectors } from '../../src/detect/iban.js';
import { createEmailDetectors } from '../../src/detect/email.js';
import { createCardDetectors } from '../../src/detect/card.js';
import { createIpDetectors } from '../../src/detect/ip.js';
import { detectIn } from '../helpers.js';
const dets = [...createIbanDetectors(), ...createEmailDetectors(), ...createCardDetectors(), ...createIpDetectors()];
const cases = [
  'IBAN DE89 3704 0044 0532 0130 00 bitte',
  'de89370400440532013000',
  'GB82 WEST 1234 5698 7654 32',
  'GB82WEST12345698765432.',
  'D E acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null',
  'meine IBAN ist DE88 3704 0044 0532 0130 00',
  'DE88 3704 0044 0532 0130 00',
  'meine IBAN ist DE89 3704 0044 0532 0130 0',
  'meine iban lautet acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null',
  'Kontonummer 1234567, BLZ 370 400 44',
  'kontonummer ist eins zwei drei vier fünf sechs sieben bankleitzahl drei sieben null vier null null vier vier',
  'Mail an anna.weber@gmx.de.',
  'anna punkt weber at gmx punkt de',
  'a punkt weber ät web punkt de',
  'info minus praxis at t minus online punkt de',
  'das ist m wie martha ü wie übermut l wie ludwig l wie ludwig e wie emil r wie richard at gmx punkt de',
  'müller@bäckerei-beispiel.de',
  'look at this punkt',
  '4111 1111 1111 1111',
  '4111-1111-1111-1111 12/26',
  '5555555555554444',
  '378282246310005',
  'vier eins eins eins, eins eins eins eins, eins eins eins eins, eins eins eins eins',
  'Kartennummer 4111 1111 1111 1112',
  '4111 1111 1111 1112',
  'Meine IP ist 192.168.178.1 und 2001:db8:85a3::8a2e:370:7334 und ::1',
  'Version 1.2.3.4, am 12.03.2024, 1.2.3, um 14:30, 00:1A:2B:3C:4D:5E',
];
it('scratch', async () => {
  for (const c of cases) {
    const spans = [];
    for (const d of dets) spans.push(...(await detectIn(d, c)));
    console.log(JSON.stringify(c), '=>', spans.map((s) => `${s.label} [${s.start},${s.end}] ${c.slice(s.start, s.end)} ${s.score}`));
  }
  const parts = [{ speaker: 'agent', text: 'Ihre IBAN bitte' }, 'DE89 3704 0044', { speaker: 'agent', text: 'ja' }, '0532 0130 00'];
  const spans = [];
  for (const d of dets) spans.push(...(await detectIn(d, ...parts)));
  console.log(spans.map((s) => [s.turn, s.start, s.end, s.label, s.score]));
});
