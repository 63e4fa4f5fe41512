import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAddressDetectors } from '../../src/detect/address.js';
import { rulesPath } from '../../src/rules-dir.js';
import { detectIn, triples } from '../helpers.js';

const [address] = createAddressDetectors();

describe('ADDRESS: positives (written and spoken)', () => {
  it.each<[string, [number, number, string][]]>([
    ["Ich wohne in der Lindenstraße 12.", [[17, 32, 'ADDRESS']]],
    ["Hauptstr. 5a", [[0, 12, 'ADDRESS']]],
    ["Meine Adresse: Am Mühlbach 3", [[15, 28, 'ADDRESS']]],
    ["An der Alten Ziegelei 7", [[0, 23, 'ADDRESS']]],
    ["Karl-Marx-Allee 90", [[0, 18, 'ADDRESS']]],
    ["Unter den Linden 4", [[0, 18, 'ADDRESS']]],
    ["Rosenweg 3 b", [[0, 12, 'ADDRESS']]],
    ["Bahnhofsplatz 1", [[0, 15, 'ADDRESS']]],
    ["Berliner Straße 5", [[0, 17, 'ADDRESS']]],
    ["Alte Dorfstraße 4 in Essen", [[0, 26, 'ADDRESS']]],
    ["Lindenstraße 12, 80331 München", [[0, 30, 'ADDRESS']]],
    ["Musterweg 12, 8050 Zürich", [[0, 25, 'ADDRESS']]],
    ["lindenstraße zwölf", [[0, 18, 'ADDRESS']]],
    ["ich wohne in der hauptstraße fünf a", [[17, 35, 'ADDRESS']]],
    ["am mühlbach drei", [[0, 16, 'ADDRESS']]],
    ["karl marx allee neunzig", [[0, 23, 'ADDRESS']]],
    ["lindenstraße zwölf in achtzig drei drei eins münchen", [[0, 52, 'ADDRESS']]],
    ["ich wohne am sportplatz drei", [[10, 28, 'ADDRESS']]],
    ["PLZ 80331", [[4, 9, 'ADDRESS']]],
    ["ich wohne in 10115 Berlin", [[13, 25, 'ADDRESS']]],
    ["die postleitzahl ist acht null drei drei eins", [[21, 45, 'ADDRESS']]],
    ["Schicken Sie es an 50667 Köln.", [[19, 29, 'ADDRESS']]],
    ["Goethestraße Hausnummer 27 b", [[0, 28, 'ADDRESS']]],
    ["Also, Hummelsheim 8 27568 Bremerhaven.", [[6, 37, 'ADDRESS']]],
    ["Ich wohne Driescher Hecke 30.", [[10, 28, 'ADDRESS']]],
    ["Birkenweg zwanzig bis zweiundzwanzig", [[0, 36, 'ADDRESS']]],
    ["Wilhelmstraße 1, 15230 Frankfurt (Oder)", [[0, 39, 'ADDRESS']]],
    ["borsigstraße siebenundachtzig eins fünf zwei drei null frankfurt oder", [[0, 69, 'ADDRESS']]],
    ["sternweg siebenundsiebzig neunzig zwanzig klagenfurt", [[0, 52, 'ADDRESS']]],
  ])('%s', async (text, expected) => {
    expect(triples(await detectIn(address, text))).toEqual(expected);
  });
});

describe('ADDRESS: across turns', () => {
  it('takes a bare postcode answering "Und die Postleitzahl?"', async () => {
    const spans = await detectIn(address, { speaker: 'agent', text: 'Und die Postleitzahl?' }, 'Acht null drei drei eins.');
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[1, 0, 24]]);
  });

  it.each<[string, string]>([
    ['Wie ist Ihre Adresse?', 'Hirsdorf 28.'],
    ['wie ist ihre adresse', 'hirsdorf achtundzwanzig'],
  ])('takes a street name without street word answering "%s"', async (question, answer) => {
    const spans = await detectIn(address, { speaker: 'agent', text: question }, answer);
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[1, 0, answer.replace(/\.$/, '').length]]);
  });

  it('finds a street name again when it is read back without an address word', async () => {
    const spans = await detectIn(address, 'Zur Mühle 27a, 92224 Amberg', { speaker: 'agent', text: 'ich habe zur mühle 26a notiert' });
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[0, 0, 27], [1, 9, 22]]);
  });

  it('takes a prefix-only street in lowercase when the agent asked for the address', async () => {
    const spans = await detectIn(address, { speaker: 'agent', text: 'Wie ist Ihre Adresse?' }, 'im winkel vier');
    expect(spans.map((s) => [s.turn, s.start, s.end])).toEqual([[1, 0, 14]]);
  });
});

describe('ADDRESS: hard negatives', () => {
  it.each([
    ['Ich bin am Hauptbahnhof.', 'no house number'],
    ['Ich war in der Praxis 2 Stunden.', 'a duration after a prefix phrase'],
    ['Der Weg 3 Minuten zu Fuß', 'a bare street word and a unit'],
    ['Wir sind auf Platz 2.', 'a bare street word is no street'],
    ['Am Montag 3 Termine', 'a weekday after "Am"'],
    ['Bitte ins Zimmer 12.', 'a room number'],
    ['Siehe Seite 5.', 'a page number'],
    ['Das kostet 12,50 Euro.', 'a price'],
    ['Der Arbeitsplatz 2 ist frei.', 'an everyday compound ending in -platz'],
    ['Im Jahr 2020 war das.', 'a year after "Im"'],
    ['am mühlbach drei tage gewandert', 'a quantity after a lowercase prefix form'],
    ['wir haben am sportplatz 3 tore geschossen', 'lowercase prefix form without an address word'],
    ['Wir treffen uns um 10115 Uhr', 'a five-digit number without address context or city'],
    ['Der Ring 3 ist kaputt', 'a bare street word'],
    ['Sie wohnt in Berlin.', 'a bare city is not labelled'],
    ['Die Armeen besetzten 1794 Aachen.', 'four digits before a German city are a year, not a postcode'],
    ['Gilt der Tarif auch im Postleitzahlgebiet 87872?', 'a postcode area locates nobody'],
    ['Ich lebe mit Diabetes Typ 2 seit Jahren.', 'a noun after the number: no house number'],
    ['Meine Adresse ist seit 2019 dieselbe.', 'a year after an address word'],
    ['Ich wohne im 3. Stock.', 'a floor'],
    ['Meine Adresse: Haus 4, Zimmer 12', 'building and room words are no street names'],
  ])('%s (%s)', async (text) => {
    expect(await detectIn(address, text)).toEqual([]);
  });
});

describe('ADDRESS: rule data', () => {
  it('ships a generated faker city lexicon and the curated big-city list', () => {
    const generated = readFileSync(rulesPath('address', 'cities.yaml'), 'utf8');
    expect(generated).toContain('GENERATED by scripts/build-city-lexicon.mjs');
    expect(readFileSync(rulesPath('address', 'big-cities.yaml'), 'utf8')).toContain('München');
  });

  it('stays linear on a megabyte without spaces and on a megabyte of numbers', async () => {
    const t0 = performance.now();
    await detectIn(address, `${'straße'.repeat(200_000)} 12`);
    await detectIn(address, '12 '.repeat(300_000));
    await detectIn(address, `Am ${'Hof '.repeat(200_000)}3`);
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
