/**
 * Health terms (GDPR Art. 9) by kind, each "article|term": the article
 * stays outside the HEALTH span, modifiers are inside it ("starke
 * Rückenschmerzen"). All terms fit an accusative frame ("ich habe ...",
 * "man hat ... festgestellt", "ich nehme ...", "ich brauche ...").
 */
export const HEALTH_TERMS: Readonly<Record<string, readonly string[]>> = {
  symptom: [
    '|starke Rückenschmerzen', '|Rückenschmerzen', '|Kopfschmerzen', '|starke Kopfschmerzen', '|hohes Fieber', '|Fieber',
    '|Husten', '|Halsschmerzen', '|Schwindel', '|Übelkeit', '|Durchfall', '|Bauchschmerzen', '|Atemnot',
    '|Schmerzen in der Brust', '|Herzrasen', '|Schüttelfrost', '|Gliederschmerzen', '|einen Ausschlag am Arm',
    '|Ohrenschmerzen', '|Magenkrämpfe', '|Blut im Urin', '|Brennen beim Wasserlassen', '|Sehstörungen',
    '|Taubheitsgefühle in den Beinen', '|ständige Müdigkeit', '|Schlafstörungen', '|heftige Migräne', '|eine Erkältung',
    '|Nackenschmerzen', '|geschwollene Beine', '|Herzstolpern', '|Nasenbluten', '|chronischen Husten',
  ],
  diag: [
    '|Diabetes', '|Diabetes Typ 2', '|Bluthochdruck', '|Asthma', '|eine Schilddrüsenunterfunktion', '|Rheuma',
    'einen|Bandscheibenvorfall', '|eine Lungenentzündung', '|eine Blasenentzündung', '|Migräne', '|Neurodermitis',
    '|Vorhofflimmern', '|eine koronare Herzkrankheit', '|Morbus Crohn', '|Multiple Sklerose', '|Parkinson',
    '|Brustkrebs', '|Prostatakrebs', '|Arthrose im Knie', '|eine Gürtelrose', '|COVID', '|Long Covid', '|Gicht',
    '|Epilepsie', '|eine Niereninsuffizienz', '|Osteoporose', '|eine Glutenunverträglichkeit', '|Laktoseintoleranz',
    '|eine Herzinsuffizienz', '|Tinnitus', '|grauen Star', '|eine Thrombose im Bein', '|Hashimoto', '|COPD',
  ],
  med: [
    '|Insulin', '|Metformin', '|Ibuprofen 600', '|Ibuprofen', '|L-Thyroxin', '|L-Thyroxin 75', '|Ramipril 5 mg',
    '|Pantoprazol', '|Marcumar', '|einen Blutverdünner', '|Eliquis', '|Simvastatin', '|Bisoprolol', '|Cortison',
    '|ein Antibiotikum', '|Amoxicillin', '|Antidepressiva', '|Sertralin', '|Citalopram 20', '|die Pille',
    '|Salbutamol', '|ein Asthmaspray', '|Novaminsulfon', '|Tilidin', '|Methadon', '|Lyrica', '|Allopurinol',
    '|Candesartan', '|Opipramol', '|Schmerzmittel',
  ],
  treat: [
    '|eine Chemotherapie', '|eine Bestrahlung', '|Physiotherapie', '|Krankengymnastik', '|eine Dialyse',
    '|eine Psychotherapie', '|eine Reha', '|eine Darmspiegelung', '|eine Knie-OP', '|eine Hüft-OP', '|Lymphdrainage',
    '|eine Wurzelbehandlung', '|eine Magenspiegelung', '|eine Strahlentherapie', '|Manuelle Therapie',
    '|eine Schmerztherapie', '|eine Infusionstherapie', '|Ergotherapie', '|Logopädie',
  ],
  dental: [
    '|starke Zahnschmerzen', '|Zahnschmerzen', '|Zahnfleischbluten', '|einen entzündeten Weisheitszahn',
    '|eine geschwollene Backe', '|einen abgebrochenen Zahn', '|Parodontitis', '|eine Zahnfleischentzündung',
    '|Karies', '|einen Abszess', '|Kieferschmerzen', '|einen lockeren Zahn', '|empfindliche Zähne',
  ],
  physio: [
    '|einen Kreuzbandriss', '|einen Tennisarm', '|eine Frozen Shoulder', '|einen Hexenschuss', '|Schulterschmerzen',
    '|eine Sehnenentzündung', '|Verspannungen im Nacken', '|einen Meniskusschaden', '|eine Skoliose',
    '|einen Bandscheibenvorfall', '|ein Impingement-Syndrom', '|einen Fersensporn', '|Knieschmerzen',
  ],
  injury: [
    '|ein Schleudertrauma', '|eine Gehirnerschütterung', '|eine Prellung am Knie', '|einen gebrochenen Arm',
    '|eine Platzwunde', '|eine Rippenprellung', '|einen Beinbruch', '|eine Schnittwunde an der Hand',
    '|einen verstauchten Knöchel', '|Verbrennungen an der Hand', '|eine Bänderdehnung',
  ],
  mental: [
    '|eine Depression', '|Depressionen', '|eine Angststörung', '|Panikattacken', '|ein Burnout', '|eine Essstörung',
    '|Suizidgedanken', '|eine bipolare Störung', '|eine posttraumatische Belastungsstörung', '|ADHS',
    '|eine Zwangsstörung', '|Schlafprobleme und Grübeln',
  ],
  addict: [
    '|ein Alkoholproblem', '|eine Spielsucht', '|Probleme mit Cannabis', '|eine Kokainabhängigkeit',
    '|eine Tablettenabhängigkeit', '|eine Alkoholabhängigkeit', '|eine Nikotinsucht',
  ],
  care: [
    '|Demenz', '|Alzheimer', '|Pflegegrad 3', '|Pflegegrad 2', '|Pflegegrad 4', '|eine Halbseitenlähmung',
    '|Inkontinenz', '|einen Dekubitus', '|eine Schwerbehinderung', '|einen Grad der Behinderung von 50',
    '|Diabetes mit offenen Füßen', '|beginnende Demenz', '|fortgeschrittenen Parkinson',
  ],
  care_event: ['|einen Schlaganfall', '|einen Oberschenkelhalsbruch', '|einen Herzinfarkt', '|eine Hüft-OP', '|eine Lungenembolie'],
  preg: [
    '|schwanger', '|in der zwölften Woche schwanger', '|in der 20. Woche schwanger', '|im sechsten Monat schwanger',
    '|hochschwanger',
  ],
  eye: ['|grünen Star', '|eine Netzhautablösung', '|Makuladegeneration', '|eine Bindehautentzündung', '|trockene Augen'],
  skin: ['|Schuppenflechte', '|einen auffälligen Leberfleck', '|Akne', '|Neurodermitis', '|eine Nesselsucht', '|Warzen am Fuß'],
  // Stays that reveal health: "ich war drei Wochen in der Reha" -> span "Reha".
  stay: [
    'drei Wochen in der|Reha', 'im|Krankenhaus', 'zwei Wochen in der|Psychiatrie', 'auf der|Intensivstation',
    'in einer|Suchtklinik', 'in der|Tagesklinik', 'in der|Reha', 'in der|Entzugsklinik', 'im|Hospiz',
  ],
  gyn: ['|Endometriose', '|Zysten an den Eierstöcken', '|starke Regelschmerzen', '|eine Fehlgeburt', '|Wechseljahresbeschwerden'],
};
