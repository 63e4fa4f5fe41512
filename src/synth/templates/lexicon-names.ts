/**
 * Curated name lists (own curation). The common-word names are the hard
 * cases of the held-out data: "Herr Koch" is a person, "der Koch" is not.
 * Turkish and Arabic lists add the most frequent names in their usual German
 * spelling, which the faker locales lack (tr) or write in Arabic script (ar).
 */

/** Surnames that are also ordinary German words (nouns, adjectives, months). */
export const COMMON_WORD_SURNAMES = [
  'Koch', 'Wolf', 'Braun', 'Becker', 'Fischer', 'Frank', 'Kurz', 'Lang', 'Sommer', 'Winter', 'Vogel', 'Bauer',
  'Schmied', 'Rose', 'Müller', 'Weber', 'Schneider', 'Schäfer', 'Jäger', 'Krause', 'Klein', 'Groß', 'Weiß',
  'Schwarz', 'Roth', 'Hahn', 'Fuchs', 'Busch', 'Stein', 'Berg', 'Frost', 'Herbst', 'Kaiser', 'König', 'Graf',
  'Zimmermann', 'Sauer', 'Fröhlich', 'Freund', 'Ernst', 'Jung', 'Alt', 'Hase', 'Bock', 'Strauß', 'Baum', 'Engel',
  'Lamm', 'Adler', 'Falke', 'Fink', 'Specht', 'Hecht', 'Kraft', 'Scharf', 'Wild', 'Link', 'Mai', 'Licht', 'Brand',
  'Bach', 'Feld', 'Wald', 'Holz', 'Wiese', 'Kohl', 'Kern', 'Sturm', 'Regen', 'Nebel', 'Metzger', 'Schuster',
  'Maurer', 'Gärtner', 'Schreiber', 'Richter', 'Kellner', 'Fleischer', 'Glaser', 'Wirth', 'Morgen', 'Hoch',
  'Still', 'Stark', 'Reich', 'Gut', 'Blank', 'Schön', 'Dick', 'Rau', 'Klug', 'Fromm', 'Böse',
  'Witt', 'Kuhn', 'Storch', 'Kranich', 'Rabe', 'Hering', 'Eichhorn', 'Stern', 'Himmel',
  'Spring', 'Hammer', 'Nagel', 'Seiler', 'Wagner', 'Schulz', 'Pfeiffer', 'Bäcker',
] as const;

/** First names that are also ordinary words or months. */
export const COMMON_WORD_FIRST_FEMALE = [
  'Rose', 'Rosa', 'Heide', 'Iris', 'Erika', 'Linde', 'Jasmin', 'Flora', 'Viola', 'Hanne', 'Ilse', 'Grete',
  'Lilli', 'Blanka', 'Stella', 'Dora', 'Ruth', 'Klara', 'Heike', 'Frieda', 'Erna', 'Hedwig', 'Wilma',
] as const;
/** Male first names that are also ordinary words. */
export const COMMON_WORD_FIRST_MALE = [
  'Frank', 'Ernst', 'August', 'Wolf', 'Mark', 'Horst', 'Rainer', 'Kai', 'Till', 'Hans', 'Arne', 'Fritz',
  'Hartmut', 'Benedikt', 'Rudi', 'Adam', 'Felix', 'Hugo', 'Otto', 'Bruno', 'Emil', 'Paul', 'Max', 'Moritz',
] as const;

/** The most frequent Turkish names, in Turkish spelling (faker's tr list lacks them). */
export const TURKISH_FIRST_FEMALE = [
  'Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Merve', 'Derya', 'Esra', 'Özlem', 'Songül', 'Gül',
  'Selin', 'Aylin', 'Büşra', 'Dilara', 'Ebru', 'Gülsen', 'Hülya', 'Melek', 'Nesrin', 'Sevgi', 'Tuba', 'Yasemin',
] as const;
/** Frequent Turkish male first names. */
export const TURKISH_FIRST_MALE = [
  'Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'Murat', 'Emre', 'Can', 'Burak', 'Serkan',
  'Cem', 'Deniz', 'Erkan', 'Fatih', 'Gökhan', 'Kemal', 'Okan', 'Onur', 'Osman', 'Recep', 'Tarık', 'Volkan',
] as const;
/** Frequent Turkish surnames. */
export const TURKISH_SURNAMES = [
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan',
  'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Polat', 'Korkmaz', 'Karaca',
  'Güler', 'Erdoğan', 'Aksoy', 'Tekin', 'Ateş', 'Bulut', 'Keskin', 'Avcı', 'Turan', 'Uçar', 'Tunç', 'Altun',
] as const;

/** Frequent Arabic names in the transliteration German registries use. */
export const ARABIC_FIRST_FEMALE = [
  'Fatima', 'Aisha', 'Amina', 'Leila', 'Mariam', 'Yasmin', 'Rania', 'Huda', 'Salma', 'Zainab', 'Layla', 'Hiba',
  'Dalia', 'Rana', 'Nour', 'Samira', 'Lina', 'Malak', 'Ranim', 'Aya', 'Sara', 'Hanan', 'Iman', 'Rasha',
] as const;
/** Frequent Arabic male first names. */
export const ARABIC_FIRST_MALE = [
  'Mohammed', 'Mohamad', 'Ahmad', 'Ali', 'Omar', 'Hassan', 'Hussein', 'Khaled', 'Mahmoud', 'Mustafa', 'Youssef',
  'Ibrahim', 'Karim', 'Samir', 'Tarek', 'Walid', 'Bilal', 'Amir', 'Rami', 'Jamal', 'Nabil', 'Fadi', 'Ziad', 'Anas',
] as const;
/** Frequent Arabic surnames. */
export const ARABIC_SURNAMES = [
  'Al-Hassan', 'Haddad', 'Khalil', 'Nasser', 'Saleh', 'Mansour', 'Hamdan', 'Aziz', 'Rahman', 'Abdullah',
  'El-Sayed', 'Ibrahim', 'Khoury', 'Darwish', 'Youssef', 'Hamid', 'Othman', 'Sabbagh', 'Jaber', 'Qasim', 'Awad',
  'Ismail', 'Farouk', 'Mahmoud', 'Suleiman', 'Al-Masri', 'Kassem', 'Shami', 'Hijazi', 'Abou Chaker', 'Omeirat',
  'Alhamwi', 'Al-Ahmad', 'Kanaan', 'Bakri', 'Chahrour', 'Mahfouz', 'Nassar', 'Saad', 'Zein',
] as const;

/**
 * Stems and endings of German compound surnames ("Brinkmöller", "Hagedorn"):
 * combined they give plausible names that are in no shipped lexicon, so a
 * detector cannot pass the test split by lookup alone.
 */
export const SURNAME_STEMS = [
  'Acker', 'Alten', 'Bier', 'Birken', 'Blumen', 'Brink', 'Brunn', 'Busch', 'Dorn', 'Eich', 'Eisen', 'Feld', 'Fichten',
  'Finken', 'Fried', 'Gold', 'Grün', 'Hage', 'Hassel', 'Heide', 'Hein', 'Hol', 'Horn', 'Kirch', 'Kling', 'Kreuz',
  'Linden', 'Löwen', 'Mühl', 'Neu', 'Ober', 'Oster', 'Pfeffer', 'Rein', 'Rosen', 'Sand', 'Schön', 'Sonnen', 'Stein',
  'Tann', 'Unter', 'Weiden', 'Wester', 'Wiesen', 'Wolfs', 'Barten', 'Dreh', 'Eggen', 'Fuhr', 'Gries', 'Hasen',
] as const;
export const SURNAME_ENDINGS = [
  'mann', 'meier', 'maier', 'huber', 'bauer', 'berger', 'hoff', 'hofer', 'kamp', 'brink', 'hausen', 'rath', 'wald',
  'feld', 'inger', 'ecker', 'stetter', 'müller', 'schmidt', 'beck', 'bach', 'born', 'dorf', 'stedt', 'heimer', 'mayr',
  'reiter', 'wieser', 'gruber', 'thaler', 'möller', 'kötter', 'brock', 'lage', 'ling', 'wedel',
] as const;

/** Nobility particles and double names, kept inside the PERSON span. */
export const NAME_PARTICLES = ['von', 'von der', 'vom', 'van', 'de', 'zu'] as const;
