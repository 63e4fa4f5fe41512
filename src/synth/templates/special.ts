/**
 * SPECIAL categories (GDPR Art. 9/10) with subtype. Terms are "f:" (said by
 * or of a woman), "m:" (a man) or neutral; the span is the term alone:
 * "Mitglied bei {sp:union}" labels "ver.di", not the verb phrase. A party or
 * union name in the business's own greeting is not labelled (it is the
 * organisation, not a person's affiliation), so greetings avoid it.
 */
export const SPECIAL_TERMS: Readonly<Record<string, readonly string[]>> = {
  religion_noun: [
    'f:Muslimin', 'm:Muslim', 'f:gläubige Muslimin', 'm:gläubiger Muslim', 'f:Jüdin', 'm:Jude', 'f:Katholikin',
    'm:Katholik', 'f:Christin', 'm:Christ', 'f:Buddhistin', 'm:Buddhist', 'f:Alevitin', 'm:Alevit', 'f:Jesidin',
    'm:Jeside', 'f:Zeugin Jehovas', 'm:Zeuge Jehovas', 'f:Hindu', 'm:Hindu', 'f:Atheistin', 'm:Atheist',
  ],
  religion_adj: [
    'katholisch', 'evangelisch', 'römisch-katholisch', 'muslimisch', 'jüdisch', 'griechisch-orthodox',
    'russisch-orthodox', 'streng gläubig', 'konfessionslos', 'neuapostolisch', 'evangelisch-lutherisch',
  ],
  // Feminine singular names: they fit "Mitglied der ..." and "in die ... eintreten".
  church: ['katholisch', 'evangelisch', 'römisch-katholisch', 'evangelisch-lutherisch', 'altkatholisch', 'reformiert'],
  party: ['SPD', 'CDU', 'CSU', 'FDP', 'AfD', 'Linkspartei', 'ÖDP', 'Piratenpartei', 'Tierschutzpartei', 'Bayernpartei'],
  party_pl: ['Grünen', 'Linken', 'Freien Wählern', 'Jusos', 'Jungen Liberalen'],
  politics_noun: [
    'f:Sozialdemokratin', 'm:Sozialdemokrat', 'f:Kommunistin', 'm:Kommunist', 'f:Grünen-Wählerin',
    'm:Grünen-Wähler', 'f:überzeugte Liberale', 'm:überzeugter Liberaler', 'f:Anarchistin', 'm:Anarchist',
  ],
  union: ['ver.di', 'IG Metall', 'GEW', 'IG BCE', 'NGG', 'EVG', 'IG BAU', 'GdP', 'komba', 'Gewerkschaft der Polizei'],
  union_self: ['gewerkschaftlich organisiert', 'Gewerkschaftsmitglied', 'f:Gewerkschafterin', 'm:Gewerkschafter', 'f:Vertrauensfrau der Gewerkschaft', 'm:Vertrauensmann der Gewerkschaft'],
  ethnicity: [
    'f:Romni', 'm:Rom', 'f:Sintiza', 'm:Sinto', 'f:Kurdin', 'm:Kurde', 'kurdischer Herkunft', 'türkischer Herkunft',
    'arabischer Herkunft', 'jüdischer Abstammung', 'afrikanischer Herkunft', 'f:Afrodeutsche', 'm:Afrodeutscher',
  ],
  ethnicity_pl: ['Roma', 'Sinti', 'Kurden', 'Sinti und Roma', 'Jenische', 'kurdischer Herkunft', 'türkischer Herkunft'],
  sexuality: ['schwul', 'lesbisch', 'bisexuell', 'homosexuell', 'asexuell', 'queer', 'pansexuell'],
  sexuality_rel: ['gleichgeschlechtlichen Partnerschaft', 'gleichgeschlechtlichen Beziehung', 'schwulen Beziehung', 'lesbischen Beziehung'],
  criminal_adj: ['vorbestraft', 'wegen Betrugs verurteilt', 'wegen Körperverletzung verurteilt', 'auf Bewährung', 'einschlägig vorbestraft'],
  criminal_noun: [
    'eine|Vorstrafe wegen Diebstahls', 'eine|Vorstrafe', 'eine|Jugendstrafe', 'einen|Eintrag im Führungszeugnis',
    'eine|Bewährungsstrafe', 'eine|Verurteilung wegen Drogenbesitzes',
  ],
  criminal_stay: ['im|Gefängnis', 'in|Haft', 'in der|JVA', 'im|Jugendknast', 'im|offenen Vollzug'],
  genetic: ['eine|BRCA1-Mutation', 'eine|BRCA2-Mutation', 'eine|Faktor-V-Leiden-Mutation', 'die|Anlage für Chorea Huntington', 'eine|Trisomie 21 beim Kind'],
  biometric: ['meinen|Fingerabdruck', 'mein|Stimmprofil', 'meine|Gesichtsdaten'],
};

/** Patterns per subtype; `{sp:x}` is the caller's, `{spo:x}` the relative's term. */
export const SPECIAL_POOLS: Readonly<Record<string, readonly string[]>> = {
  sp_religion: [
    'Ich bin {sp:religion_noun}, (deshalb|darum) frage ich.',
    'Wir sind {sp:religion_adj}, das sollten Sie vielleicht wissen.',
    'Als {sp:religion_noun} (sehe ich das anders|ist mir das wichtig).',
    'Ich bin {sp:religion_adj} erzogen worden, und das ist mir bis heute wichtig.',
  ],
  'sp_religion@fin': [
    'Ich bin {sp:church}, falls das für die Kirchensteuer wichtig ist.',
    'Kirchensteuer zahle ich, ich bin {sp:church}.',
    'Wir sind beide {sp:church}.',
  ],
  'sp_religion@med': [
    '{rel:cap} ist {spo:religion_noun} und möchte nur von Frauen gepflegt werden.',
    '{rel:cap} ist {spo:religion_adj}, bitte kein Schweinefleisch.',
    'Ich bin {sp:religion_noun}, im Ramadan würde ich den Termin gern verschieben.',
  ],
  sp_politics: [
    'Ich bin (seit Jahren|seit zehn Jahren|) Mitglied (der|in der) {sp:party}.',
    'Ich möchte in die {sp:party} eintreten.',
    'Ich bin {sp:politics_noun}, das sage ich ganz offen.',
    'Ich habe immer die {sp:party} gewählt.',
    'Ich bin bei der {sp:party} im Ortsverein aktiv.',
    'Ich bin (seit der Schulzeit|seit Jahren) Mitglied bei den {sp:party_pl}.',
  ],
  sp_union: [
    'Ich bin Mitglied (bei|in) der {sp:union}.',
    'Ich bin (seit Jahren|schon lange) in der {sp:union}.',
    'Ich bin {sp:union_self}.',
    'Über die {sp:union} habe ich Rechtsschutz.',
  ],
  sp_ethnicity: [
    'Wir sind {sp:ethnicity_pl}, und seitdem der Vermieter das weiß, (antwortet er nicht mehr|ist alles anders).',
    'Ich bin {sp:ethnicity} und werde deswegen (im Job|von den Nachbarn) schlecht behandelt.',
    'Weil ich {sp:ethnicity} bin, bekomme ich keine Wohnung.',
  ],
  sp_sexuality: [
    'Ich bin {sp:sexuality}, und (mein Chef|meine Familie) macht deswegen Probleme.',
    'Ich lebe in einer {sp:sexuality_rel}.',
    'Seit ich mich als {sp:sexuality} geoutet habe, (ist es schwierig|werde ich gemobbt).',
  ],
  sp_criminal: [
    'Ich bin {sp:criminal_adj}, ist das ein Problem?',
    'Ich habe {sp:criminal_noun}, muss ich das angeben?',
    'Ich war (zwei Jahre|eine Zeit lang) {sp:criminal_stay}.',
    'Mein Sohn ist {spo:criminal_adj}.',
  ],
  sp_genetic: [
    'Bei mir wurde im Gentest {sp:genetic} gefunden.',
    'Ich habe laut Gentest {sp:genetic}.',
  ],
  sp_biometric: [
    'Bitte löschen Sie {sp:biometric} aus Ihrem System.',
    'Ich möchte nicht, dass Sie {sp:biometric} speichern.',
  ],
  special_ack: [
    'Danke, dass Sie mir das sagen. Das behandeln wir vertraulich.',
    'Verstehe. Das bleibt natürlich unter uns.',
    'Okay, das notiere ich nur, wenn Sie das möchten.',
    'Das spielt für uns keine Rolle, aber danke für den Hinweis.',
    'Alles klar, ich vermerke das.',
  ],
};
