/**
 * Openings and closings. Agent greetings per business, caller greetings
 * with and without a name, closings. `{agent:first}` etc. are PERSON slots
 * (salutations stay outside the span); `{company}` is never an entity.
 */

/** The business kinds of the scenarios. */
export const BUSINESSES = [
  'gp', 'specialist', 'dental', 'physio', 'pharmacy', 'health_ins', 'car_ins', 'bank', 'energy', 'telecom',
  'property', 'craft', 'workshop', 'tax', 'care', 'counsel', 'union', 'party',
] as const;
/** One business kind. */
export type Business = (typeof BUSINESSES)[number];

/** Company names per business (never entities, except a person's name inside). */
export const COMPANY_POOLS: Readonly<Record<string, readonly string[]>> = {
  company_gp: ['Hausarztpraxis am Markt', 'Praxis für Allgemeinmedizin', 'Gemeinschaftspraxis {town}', 'Hausarztzentrum {town}'],
  company_specialist: ['Orthopädie am Ring', 'Facharztzentrum {town}', 'Neurologie im Zentrum', 'HNO-Praxis {town}', 'Internistische Praxis'],
  company_dental: ['Zahnarztpraxis am Dom', 'Zahnzentrum {town}', 'Praxis für Zahnheilkunde'],
  company_physio: ['Physiotherapie im Hof', 'Praxis für Physiotherapie', 'Reha-Zentrum {town}', 'Therapiezentrum am See'],
  company_pharmacy: ['Rathaus-Apotheke', 'Löwen-Apotheke', 'Apotheke am Bahnhof', 'Stern-Apotheke', 'Linden-Apotheke'],
  company_health_ins: ['Gesundkasse', 'BKK {town}', 'IKK Mitte', 'Vorsorge Krankenkasse', 'Betriebskrankenkasse Nord'],
  company_car_ins: ['AutoSchutz Versicherung', 'Kfz-Versicherung Süd', 'Rheinland Versicherungen', 'Hanse Direkt Versicherung'],
  company_bank: ['Volksbank {town}', 'Sparkasse {town}', 'Direktbank Nord', 'Kreissparkasse {town}', 'Raiffeisenbank {town}'],
  company_energy: ['Stadtwerke {town}', 'Energieversorgung {town}', 'Grünstrom Direkt', 'Regionalwerke Süd'],
  company_telecom: ['Telenova', 'NetzPlus', 'Fonia Mobil', 'WellenNetz', 'Kabel {town}'],
  company_property: ['Hausverwaltung {town}', 'Wohnbau {town}', 'Immobilienverwaltung Rheinblick', 'Wohnungsgenossenschaft {town}'],
  company_craft: ['Sanitär und Heizung {tech:last}', 'Elektro {tech:last}', 'Dachdeckerei {tech:last}', 'Malerbetrieb Farbenfroh', 'Haustechnik {town}'],
  company_workshop: ['Autohaus {tech:last}', 'Kfz-Meisterbetrieb {tech:last}', 'Autowerkstatt am Kreisel', 'Reifen und Service {town}'],
  company_tax: ['Steuerkanzlei {doc:last}', 'Steuerberatung {doc:full}', 'Kanzlei am Schloss', 'Lohnsteuerhilfeverein {town}'],
  company_care: ['Ambulanter Pflegedienst {town}', 'Pflegedienst Lebensfreude', 'Sozialstation {town}', 'Häusliche Pflege Sonnenschein'],
  company_counsel: ['Beratungsstelle {town}', 'Suchtberatung {town}', 'Schuldnerberatung', 'Telefonseelsorge', 'Familienberatung'],
  company_union: ['Mitgliederservice', 'Rechtsberatung Ihrer Gewerkschaft', 'Servicecenter Arbeitnehmerberatung'],
  company_party: ['Bürgerbüro', 'Kreisgeschäftsstelle', 'Mitgliederbetreuung', 'Wahlkreisbüro {town}'],
};

/** Agent greetings; `{company}` resolves to the call's company. */
export const OPENING_POOLS: Readonly<Record<string, readonly string[]>> = {
  open_practice: [
    '{company}, {agent:first} am Apparat, guten Tag.',
    '{company}, Sie sprechen mit {agent:formalAcc}, was kann ich für Sie tun?',
    'Praxis Dr. {doc:last}, guten (Morgen|Tag), mein Name ist {agent:first}.',
    '(Guten Tag|Hallo), {company}, {agent:full}, wie kann ich helfen?',
    'Praxis Dr. {doc:full}, {agent:formal} am Telefon.',
    '{company}, guten Tag.',
  ],
  open_service: [
    '{company}, Kundenservice, mein Name ist {agent:full}, was kann ich für Sie tun?',
    '{company}, herzlich willkommen, Sie sprechen mit {agent:formalAcc}.',
    '{company}, guten Tag, {agent:first} hier, wie kann ich Ihnen helfen?',
    'Guten Tag, Sie sind verbunden mit {company}, mein Name ist {agent:full}.',
    '{company}, Servicecenter, guten Tag, was kann ich für Sie tun?',
    '(Hallo|Guten Tag), {company}, hier ist {agent:first}, worum geht es?',
  ],
  open_office: [
    '{company}, {agent:full}, guten Tag.',
    '{company}, guten Tag, Sie sprechen mit {agent:formalAcc}.',
    'Guten Tag, {company}, {agent:first} am Apparat.',
    '{company}, grüß Gott, was kann ich für Sie tun?',
    '{company}, {agent:formal}, hallo.',
  ],
  open_counsel: [
    '{company}, guten Tag, ich bin {agent:first}. Was führt Sie zu uns?',
    '{company}, hallo, Sie sprechen mit {agent:first}. Erzählen Sie gern, worum es geht.',
    'Guten Abend, {company}, mein Name ist {agent:first}.',
  ],
  caller_greet: [
    '(Guten Tag|Hallo|Guten Morgen|Grüß Gott|Moin|Ja, guten Tag|Ja, hallo|Ja, moin|Ja, grüß Gott).',
    '(Hallo|Ja hallo), guten Tag.',
    '(Guten Tag|Hallo|Ja, guten Tag).',
  ],
  caller_intro: [
    'Hier ist {caller:full}.',
    'Mein Name ist {caller:full}.',
    '{caller:full} hier.',
    'Hier spricht {caller:formal}.',
    '{sal} {caller:last} (hier|am Apparat).',
    'Ich bin {caller:full}.',
    '{caller:lastfirst} (hier|ist mein Name).',
    'Mein Name ist {caller:last}, {caller:full}.',
    'Ja, hier ist {art} {caller:full}.',
  ],
  closing_agent: [
    'Gut, dann haben wir alles. Kann ich sonst noch etwas für Sie tun?',
    'So, das ist notiert. Haben Sie noch Fragen?',
    'Alles klar, dann ist das erledigt. Noch etwas?',
    'Prima, ich habe alles aufgenommen. Gibt es sonst noch etwas?',
    'Dann machen wir das so. Sie bekommen eine Bestätigung.',
  ],
  closing_agent_named: [
    'Gut, {sal} {caller:last}, dann kümmern wir uns darum.',
    'Vielen Dank, {sal} {caller:last}, das war es von meiner Seite.',
    'So, {sal} {caller:last}, ich habe alles notiert. Noch Fragen?',
  ],
  closing_caller: [
    'Nein, das war alles. Vielen Dank!',
    'Nein, danke, das wars.',
    'Nee, alles gut. Danke Ihnen.',
    'Das war es schon, danke schön.',
    'Nein, vielen Dank für Ihre Hilfe.',
    'Super, dann danke und tschüss.',
  ],
  bye_agent: [
    'Gerne, auf Wiederhören!',
    'Sehr gern. Einen schönen Tag noch, tschüss.',
    'Danke auch, auf Wiederhören.',
    'Tschüss, bis dann.',
  ],
  bye_agent_named: ['Schönen Tag noch, {sal} {caller:last}.', 'Auf Wiederhören, {sal} {caller:last}.'],
  ack_agent: ['Okay.', 'Alles klar.', 'Gut.', 'Danke.', 'Danke schön.', 'Mhm.', 'Prima.', 'Sehr gut.'],
  ack_caller: ['Ja.', 'Ja, genau.', 'Richtig.', 'Genau.', 'Ja, stimmt.', 'Mhm.', 'Korrekt.', 'Ja, das stimmt.'],
  hold_agent: [
    'Einen Moment bitte, ich schaue nach.',
    'Ich rufe Ihre Daten kurz auf, einen Augenblick.',
    'Einen kleinen Moment, das System ist heute etwas langsam.',
    'Ich schaue mal, bleiben Sie bitte kurz dran.',
  ],
  hold_caller: ['Ja, kein Problem.', 'Okay.', 'Ja.', 'Gerne.', 'Mhm, ich warte.'],
  cont_agent: ['Ja?', 'Mhm.', 'Ja, weiter.', 'Mhm, ja?', 'Okay, und weiter?', 'Ja, ich schreibe mit.'],
};
