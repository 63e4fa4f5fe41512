/**
 * Health statements. `{h:kind}` is one HEALTH span (article outside);
 * `{rel}` a relative the caller speaks about ("meine Mutter").
 */
export const HEALTH_POOLS: Readonly<Record<string, readonly string[]>> = {
  hs_symptom: [
    'Ich habe seit {dur} {h:symptom}.',
    'Ich hab (so|) {h:symptom} und (weiß nicht|frage mich), ob ich vorbeikommen soll.',
    'Es geht um {h:symptom}, das wird (einfach|) nicht besser.',
    '{uh}ich habe {h:symptom} und dazu noch {h:symptom}.',
    'Mein (Sohn|Kind) hat seit gestern {h:symptom}.',
    'Seit {dur} habe ich {h:symptom}, (vor allem nachts|besonders morgens).',
    'Jeden Morgen habe ich {h:symptom}, (schon seit Wochen|immer wieder).',
  ],
  hs_diag: [
    'Bei mir wurde (letztes Jahr|im Frühjahr|vor kurzem) {h:diag} festgestellt.',
    'Ich habe {h:diag}, das ist bei Ihnen (bekannt|in der Akte).',
    'Ich bin ja wegen meiner Vorerkrankung bei Ihnen, ich habe {h:diag}.',
    'Der Arzt meint, ich habe {h:diag}.',
    'Mir wurde {h:diag} diagnostiziert.',
  ],
  hs_med: [
    'Ich nehme (regelmäßig|täglich|seit Jahren) {h:med}.',
    'Ich bräuchte ein neues Rezept für {h:med}.',
    'Mein {h:med} ist fast alle.',
    'Ich muss {h:med} nehmen, (morgens und abends|dreimal am Tag).',
    'Der Doktor hat mir {h:med} aufgeschrieben.',
  ],
  hs_treat: [
    'Ich mache gerade {h:treat}.',
    'Ich habe {h:treat} verschrieben bekommen.',
    'Nächste Woche habe ich {h:treat}.',
    'Ich brauche (noch mal|) {h:treat}.',
  ],
  hs_dental: [
    'Ich habe {h:dental}, (seit dem Wochenende|seit gestern Abend).',
    'Ich hab {h:dental} und kann kaum noch kauen.',
    'Es ist ein Notfall, ich habe {h:dental}.',
  ],
  hs_physio: [
    'Ich habe {h:physio} und eine Verordnung über sechs Termine.',
    'Ich habe ein Rezept vom Orthopäden, ich habe {h:physio}.',
    'Der Arzt hat {h:physio} festgestellt, ich soll zu Ihnen.',
  ],
  hs_injury: [
    'Ich habe bei dem Unfall {h:injury} bekommen.',
    'Die Fahrerin hatte danach {h:injury}.',
    'Ich war in der Notaufnahme, die haben {h:injury} festgestellt.',
    'Mein Beifahrer hat sich {h:injury} zugezogen.',
  ],
  hs_mental: [
    'Ich habe {h:mental} und bin deswegen in Behandlung.',
    'Mir geht es nicht gut, ich habe {h:mental}.',
    'Meine Ärztin sagt, ich habe {h:mental}.',
    'Ich habe seit Jahren {h:mental}, und gerade ist es wieder schlimm.',
  ],
  hs_addict: [
    'Ich habe {h:addict} und schaffe es allein nicht.',
    '{rel:cap} hat {h:addict}, seit {dur}.',
    'Ich habe {h:addict}, und letzte Woche ging es wieder los.',
  ],
  hs_care: [
    '{rel:cap} hat {h:care}.',
    '{rel:cap} hat {h:care} und {h:care}.',
    'Seit {dur} hat {rel} {h:care}, jetzt geht es allein nicht mehr.',
    '{rel:cap} hatte {h:care_event} und ist jetzt wieder zu Hause.',
  ],
  hs_preg: [
    'Ich bin {h:preg} und bräuchte einen Termin.',
    'Ich bin {h:preg}, deshalb frage ich.',
  ],
  hs_eye: ['Ich habe {h:eye}, das soll kontrolliert werden.', 'Beim Augenarzt wurde {h:eye} festgestellt.'],
  hs_skin: ['Ich habe {h:skin} und brauche einen Termin.', 'Es geht um {h:skin}, das ist schlimmer geworden.'],
  hs_gyn: ['Ich habe {h:gyn}.', 'Es geht um {h:gyn}, ich bräuchte einen Termin.'],
  hs_stay: ['Ich war {h:stay}.', 'Ich war (letztes Jahr|gerade) {h:stay}.', '{rel:cap} ist gerade {h:stay}.'],
  // Follow-up questions and their answers: hfq_X is answered from hfa_X.
  hfq_since: ['Seit wann haben Sie die Beschwerden?', 'Wie lange geht das schon?'],
  hfa_since: ['Seit {dur} ungefähr.', '(Ungefähr|So) seit {dur}.', 'Seit {dur}, und es wird schlimmer.'],
  hfq_meds: ['Nehmen Sie regelmäßig Medikamente?', 'Welche Medikamente nehmen Sie?'],
  hfa_meds: ['Ja, ich nehme {h:med}.', '{h:med:cap} und manchmal {h:med}.', 'Nur {h:med}.', 'Nein, eigentlich nichts.'],
  hfq_prior: ['Haben Sie Vorerkrankungen, die wir wissen sollten?', 'Gibt es Vorerkrankungen?'],
  hfa_prior: ['Ja, ich habe {h:diag}.', '{h:diag:cap}, sonst nichts.', 'Ich war vor zwei Jahren {h:stay}.', 'Nein, nichts Bekanntes.'],
  hfq_scale: ['Wie stark sind die Schmerzen auf einer Skala von eins bis zehn?', 'Wie schlimm ist es, von eins bis zehn?'],
  hfa_scale: ['(So eine|Ungefähr) (sieben|acht|sechs), würde ich sagen.', 'Eine (Neun|Fünf).', 'Schon (acht|sieben).'],
  hfq_doctor: ['Waren Sie damit schon beim Arzt?', 'Hat sich das schon jemand angeschaut?'],
  hfa_doctor: [
    'Ich war (letzte Woche|vor einem Monat) beim Hausarzt, der meinte, es ist {h:symptom}.',
    'Ja, der Arzt hat {h:diag} festgestellt.',
    'Nein, noch nicht.',
  ],
};
