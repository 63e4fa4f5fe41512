/**
 * Real postcode/city pairs (own curation: one central postcode per city) and
 * street-name building blocks. Street names also come from faker's de locale.
 */

/** Postcode and city of German cities and towns. */
export const DE_POSTCODES: readonly (readonly [string, string])[] = [
  ['10115', 'Berlin'], ['10437', 'Berlin'], ['12043', 'Berlin'], ['13353', 'Berlin'], ['20095', 'Hamburg'],
  ['22767', 'Hamburg'], ['80331', 'München'], ['81667', 'München'], ['50667', 'Köln'], ['51063', 'Köln'],
  ['60311', 'Frankfurt am Main'], ['70173', 'Stuttgart'], ['40210', 'Düsseldorf'], ['44135', 'Dortmund'],
  ['45127', 'Essen'], ['04109', 'Leipzig'], ['01067', 'Dresden'], ['30159', 'Hannover'], ['90402', 'Nürnberg'],
  ['47051', 'Duisburg'], ['44787', 'Bochum'], ['42103', 'Wuppertal'], ['33602', 'Bielefeld'], ['53111', 'Bonn'],
  ['48143', 'Münster'], ['76133', 'Karlsruhe'], ['68159', 'Mannheim'], ['86150', 'Augsburg'], ['65183', 'Wiesbaden'],
  ['41061', 'Mönchengladbach'], ['45879', 'Gelsenkirchen'], ['38100', 'Braunschweig'], ['24103', 'Kiel'],
  ['09111', 'Chemnitz'], ['06108', 'Halle'], ['39104', 'Magdeburg'], ['79098', 'Freiburg'], ['47798', 'Krefeld'],
  ['23552', 'Lübeck'], ['46045', 'Oberhausen'], ['99084', 'Erfurt'], ['55116', 'Mainz'], ['18055', 'Rostock'],
  ['34117', 'Kassel'], ['58095', 'Hagen'], ['59065', 'Hamm'], ['66111', 'Saarbrücken'], ['14467', 'Potsdam'],
  ['67059', 'Ludwigshafen'], ['26122', 'Oldenburg'], ['51373', 'Leverkusen'], ['49074', 'Osnabrück'],
  ['42651', 'Solingen'], ['69117', 'Heidelberg'], ['44623', 'Herne'], ['41460', 'Neuss'], ['64283', 'Darmstadt'],
  ['33098', 'Paderborn'], ['93047', 'Regensburg'], ['85049', 'Ingolstadt'], ['97070', 'Würzburg'], ['90762', 'Fürth'],
  ['89073', 'Ulm'], ['74072', 'Heilbronn'], ['75175', 'Pforzheim'], ['38440', 'Wolfsburg'], ['37073', 'Göttingen'],
  ['46236', 'Bottrop'], ['72764', 'Reutlingen'], ['56068', 'Koblenz'], ['51465', 'Bergisch Gladbach'],
  ['45657', 'Recklinghausen'], ['07743', 'Jena'], ['54290', 'Trier'], ['27568', 'Bremerhaven'], ['28195', 'Bremen'],
  ['03046', 'Cottbus'], ['19053', 'Schwerin'], ['35390', 'Gießen'], ['83022', 'Rosenheim'], ['87435', 'Kempten'],
  ['94032', 'Passau'], ['78462', 'Konstanz'], ['72070', 'Tübingen'], ['88212', 'Ravensburg'], ['21335', 'Lüneburg'],
  ['25813', 'Husum'], ['17489', 'Greifswald'], ['02826', 'Görlitz'], ['08056', 'Zwickau'], ['36037', 'Fulda'],
  ['63065', 'Offenbach'], ['82319', 'Starnberg'], ['85354', 'Freising'], ['84028', 'Landshut'], ['96047', 'Bamberg'],
  ['95444', 'Bayreuth'], ['31134', 'Hildesheim'], ['29221', 'Celle'], ['32423', 'Minden'], ['57072', 'Siegen'],
  ['52062', 'Aachen'], ['53721', 'Siegburg'], ['41515', 'Grevenbroich'], ['47441', 'Moers'], ['59555', 'Lippstadt'],
  ['73728', 'Esslingen'], ['71638', 'Ludwigsburg'], ['76530', 'Baden-Baden'], ['91052', 'Erlangen'],
  ['92224', 'Amberg'], ['97421', 'Schweinfurt'], ['86899', 'Landsberg am Lech'], ['82362', 'Weilheim'],
  ['15230', 'Frankfurt (Oder)'], ['16225', 'Eberswalde'], ['06844', 'Dessau-Roßlau'], ['99423', 'Weimar'],
];

/** Austrian and Swiss postcodes (4 digits) for callers from de_AT / de_CH. */
export const AT_POSTCODES: readonly (readonly [string, string])[] = [
  ['1010', 'Wien'], ['1100', 'Wien'], ['1160', 'Wien'], ['8010', 'Graz'], ['4020', 'Linz'], ['5020', 'Salzburg'],
  ['6020', 'Innsbruck'], ['9020', 'Klagenfurt'], ['3100', 'St. Pölten'], ['6900', 'Bregenz'],
];
/** Swiss postcodes and cities. */
export const CH_POSTCODES: readonly (readonly [string, string])[] = [
  ['8001', 'Zürich'], ['8004', 'Zürich'], ['3011', 'Bern'], ['4051', 'Basel'], ['9000', 'St. Gallen'],
  ['6003', 'Luzern'], ['8400', 'Winterthur'], ['5000', 'Aarau'],
];

/** The most frequent German street names. */
export const COMMON_STREETS = [
  'Hauptstraße', 'Schulstraße', 'Gartenstraße', 'Bahnhofstraße', 'Dorfstraße', 'Bergstraße', 'Birkenweg',
  'Lindenstraße', 'Kirchstraße', 'Waldstraße', 'Ringstraße', 'Schillerstraße', 'Goethestraße', 'Mühlenweg',
  'Amselweg', 'Wiesenweg', 'Jahnstraße', 'Buchenweg', 'Rosenstraße', 'Feldstraße', 'Friedhofstraße',
  'Mozartstraße', 'Poststraße', 'Eichendorffstraße', 'Beethovenstraße', 'Sonnenstraße', 'Wilhelmstraße',
  'Industriestraße', 'Talstraße', 'Raiffeisenstraße', 'Marktplatz', 'Parkstraße', 'Brunnenstraße',
  'Kastanienallee', 'Schloßstraße', 'Neue Straße', 'Alte Dorfstraße', 'Berliner Straße', 'Münchner Straße',
  'Frankfurter Allee', 'Kölner Straße', 'Hamburger Chaussee', 'Lange Reihe', 'Kurze Straße',
] as const;

/** Prepositional street names: "Am Mühlbach", "An der Alten Ziegelei". */
export const STREET_PREPOSITIONS = ['Am', 'An der', 'Im', 'Zum', 'Zur', 'Auf dem', 'In der', 'Hinter der', 'Unter den', 'Auf der'] as const;
/** Nouns that fit each preposition's case and gender. */
export const STREET_PREP_NOUNS: Readonly<Record<string, readonly string[]>> = {
  Am: ['Mühlbach', 'Sportplatz', 'Kirchberg', 'Markt', 'Hang', 'Wasserturm', 'Stadtpark', 'Lindenhof', 'Anger', 'Weiher'],
  'An der': ['Alten Ziegelei', 'Kirche', 'Mühle', 'Bleiche', 'Schanze', 'Linde', 'Wolfsschlucht'],
  Im: ['Winkel', 'Wiesengrund', 'Kirschgarten', 'Eichholz', 'Sonnenfeld', 'Tal'],
  Zum: ['Sportplatz', 'Bahnhof', 'Steinbruch', 'Hochwald'],
  Zur: ['Alten Schule', 'Post', 'Mühle', 'Eiche'],
  'Auf dem': ['Berg', 'Kamp', 'Hügel', 'Rain'],
  'In der': ['Aue', 'Gasse', 'Hohl', 'Sandgrube'],
  'Hinter der': ['Kirche', 'Burg', 'Mauer'],
  'Unter den': ['Linden', 'Eichen', 'Weiden'],
  'Auf der': ['Heide', 'Höhe', 'Platte'],
};
