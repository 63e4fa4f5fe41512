/**
 * Scenarios of counselling services, unions and parties, where special
 * categories (Art. 9/10) come up most.
 */
import type { ScenarioDef } from '../scenario-types.js';

/** Scenario templates of counselling, unions and parties. */
export const CIVIC_SCENARIOS: readonly ScenarioDef[] = [
  { id: 'counsel-addiction', biz: 'counsel', company: ['Suchtberatung {town}', 'Fachstelle Sucht', 'Suchthilfe {town}'], other: 'partner', steps: 'health:addict health:stay?0.4 special:criminal?0.3 name?0.5 phone?0.5 appt',
    req: ['Ich glaube, ich brauche Hilfe.', 'Es geht um {rel:acc}, {other:first}. {relp:cap} trinkt zu viel.'] },
  { id: 'counsel-crisis', biz: 'counsel', company: ['Telefonseelsorge', 'Krisendienst {town}', 'Seelsorgetelefon'], steps: 'health:mental health:med?0.4 special:sexuality|special:ethnicity|special:religion?0.4 neg?0.3 name?0.4',
    req: ['Mir geht es gerade richtig schlecht.', 'Ich weiß nicht mehr weiter.'] },
  { id: 'counsel-discrimination', biz: 'counsel', company: ['Antidiskriminierungsstelle {town}', 'Beratungsstelle gegen Diskriminierung'], steps: 'special:ethnicity|special:sexuality|special:religion name?0.6 phone?0.5 email?0.4 appt',
    req: ['Ich werde auf der Arbeit diskriminiert.', 'Ich möchte einen Vorfall melden.'] },
  { id: 'counsel-debt', biz: 'counsel', company: ['Schuldnerberatung {town}', 'Schuldner- und Insolvenzberatung'], steps: 'name addr special:criminal?0.4 neg health:mental?0.3 phone appt',
    req: ['Ich habe Schulden und komme nicht mehr raus.', 'Ich bräuchte einen Termin bei der Schuldnerberatung.'] },
  { id: 'counsel-family', biz: 'counsel', company: ['Familienberatung {town}', 'Erziehungsberatung {town}'], other: 'child', steps: 'name?0.6 third health:mental|health:addict special:criminal?0.3 appt',
    req: ['Es geht um {rel:acc}, {other:first}.', 'Ich mache mir Sorgen um {rel:acc}.'] },
  { id: 'union-legal', biz: 'union', steps: 'special:union member name dob?0.4 health:diag|health:mental neg email phone?0.5',
    req: ['Mein Arbeitgeber will mich kündigen und ich bräuchte Rechtsberatung.', 'Ich habe eine Abmahnung bekommen.'] },
  { id: 'union-membership', biz: 'union', steps: 'name member?0.7 special:union move?0.4 iban neg',
    req: ['Ich möchte meinen Beitrag anpassen, ich verdiene jetzt weniger.', 'Ich bin in Rente und möchte das melden.'] },
  { id: 'union-join', biz: 'union', steps: 'name spell?0.3 dob addr email iban special:union?0.5',
    req: ['Ich möchte Mitglied werden.', 'Wie kann ich in die Gewerkschaft eintreten?'] },
  { id: 'party-join', biz: 'party', steps: 'special:politics name dob addr email phone?0.5 iban?0.5',
    req: ['Ich möchte Parteimitglied werden.', 'Wie läuft ein Parteieintritt bei Ihnen?'] },
  { id: 'party-event', biz: 'party', steps: 'name special:politics?0.6 email card?0.3 neg?0.5',
    req: ['Ich wollte mich für die Veranstaltung {appt} anmelden.', 'Gibt es noch Plätze beim Stammtisch?'] },
  { id: 'party-cancel', biz: 'party', steps: 'name member special:politics addr?0.4 iban?0.3',
    req: ['Ich möchte meine Mitgliedschaft kündigen.', 'Ich will austreten.'] },
];
