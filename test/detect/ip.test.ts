import { describe, expect, it } from 'vitest';
import { createIpDetectors } from '../../src/detect/ip.js';
import { createCallView } from '../../src/pipeline/call-view.js';
import type { Span } from '../../src/types.js';
import { triples } from '../helpers.js';

const detectors = createIpDetectors();

/** Runs the written and the spoken IP detector on a one-turn call; spans sorted by offset. */
async function detectIp(text: string): Promise<Span[]> {
  const call = createCallView('test', [{ speaker: 'caller', text }]);
  const spans: Span[] = [];
  for (const d of detectors) await d.detect(call, spans);
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

describe('IP addresses (label ID): positives', () => {
  it.each([
    ['IPv4 after a cue', 'Meine IP ist 192.168.178.1.', [[13, 26, 'ID']]],
    ['IPv4 without context', 'Router 10.0.0.138 neu gestartet', [[7, 17, 'ID']]],
    ['IPv6 full', '2001:0db8:85a3:08d3:1319:8a2e:0370:7344', [[0, 39, 'ID']]],
    ['IPv6 compressed', 'Adresse 2001:db8:85a3::8a2e:370:7334', [[8, 36, 'ID']]],
    ['IPv6 loopback', '::1', [[0, 3, 'ID']]],
    // The IPv4 tail matches on its own too; resolution keeps the longer span.
    ['IPv4-mapped IPv6', '::ffff:192.0.2.1', [[0, 16, 'ID'], [7, 16, 'ID']]],
    ['spoken octets', 'die IP ist einhundertzweiundneunzig punkt einhundertachtundsechzig punkt null punkt eins', [[11, 88, 'ID']]],
    ['spoken digit by digit', 'also acht sieben punkt fünf null punkt fünf null punkt zweihundertelf ich', [[5, 69, 'ID']]],
  ] as const)('%s', async (_name, text, expected) => {
    expect(triples(await detectIp(text))).toEqual(expected);
  });

  it('raises the score of an IPv4 address after an IP cue', async () => {
    const [withCue] = await detectIp('Meine IP-Adresse ist 192.168.178.1');
    const [bare] = await detectIp('dann 192.168.178.1');
    expect(withCue.score).toBeGreaterThan(bare.score);
  });
});

describe('IP addresses: hard negatives', () => {
  it.each([
    ['version number with four parts', 'Version 1.2.3.4 ist installiert'],
    ['version number with three parts', 'Update auf 1.2.3'],
    ['date', 'am 12.03.2024'],
    ['time', 'um 14:30 Uhr'],
    ['MAC address', '00:1A:2B:3C:4D:5E'],
    ['octet above 255', '256.1.1.1'],
    ['five parts', '1.2.3.4.5'],
    ['section number', 'siehe Kapitel 2.1.1.3'],
    ['policy number with dots', 'Auf dem Schein steht 44.898.975.2.'],
    ['spoken version number', 'die version eins punkt zwei punkt drei punkt vier'],
    ['spoken octet above 255', 'drei hundert punkt eins punkt eins punkt eins'],
  ] as const)('%s: %s', async (_reason, text) => {
    expect(await detectIp(text)).toEqual([]);
  });
});

describe('IP addresses: linear time on adversarial input', () => {
  const MB = 1 << 20;
  it.each([
    ['1 MB of digits', '1'.repeat(MB)],
    ['1 MB of "1."', '1.'.repeat(MB / 2)],
    ['1 MB of "a:"', 'a:'.repeat(MB / 2)],
    ['1 MB of "1::"', '1::'.repeat(MB / 3)],
    ['1 MB of "eins punkt "', 'eins punkt '.repeat(MB / 11)],
  ])('%s', async (_name, text) => {
    const t0 = performance.now();
    await detectIp(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
