import { containsAnyOf } from './pattern';

/**
 * What else in a sentence changes the meaning of a match: the reason for treatment, an infection,
 * a health-care worker at work, a child as the patient. Every language's words are accepted,
 * because one sentence may mix them.
 */

/**
 * A symptom right after "against" names what the product treats, not what it did:
 * "gegen Cluster-Kopfschmerz", "contre les migraines", "contra el dolor de cabeza".
 */
export const indicationBefore = new RegExp(
  `(?:\\b(?:against|gegen|contre|contra)|\\b(?:taking|takes|took|taken|using|uses|used|prescribed|given|treat(?:ed|ing|s)?|indicated|approved|licensed|off-label|it|them) for|\\b(?:traite\\w*|prescrit\\w*|prend|pris|utilise\\w*|indique\\w*) pour|\\b(?:toma|tomando|recetado|receto|prescrito|usa|usando|tratando|tratado|indicado) para)(?:[\\s-]+(?:his|her|their|my|the|a|chronic|severe|recurrent|cluster|les|la|le|ses|sa|son|des|l'|el|los|las|su|sus|seine|ihre|die|den|der))*[\\s-]+$`,
);

/** An infection nearby, so "contaminated" means transmission rather than only a defect. */
export const infectionContext = containsAnyOf([
  'infect\\w*',
  'infekt\\w*',
  'infiz\\w*',
  'infecc\\w*',
  'sep(?:sis|tic|tisch|tique|ticemie|ticemia)',
  'bacteri\\w*',
  'bakteri\\w*',
  'virus',
  'viren',
  'viral',
  'hepatit\\w*',
  'hiv',
  'vih',
  'erreger\\w*',
  'germs?',
  'keime?n?',
  'abscess\\w*',
  'absze\\w*',
  'absces',
  'fever',
  'fieber',
  'fievre',
  'fiebre',
]);

/** A health-care worker or a preparation step: exposure at work rather than a patient's dose. */
export const occupationalContext = containsAnyOf([
  'nurses?',
  'pharmacists?',
  'technicians?',
  'carers?',
  'caregivers?',
  'colleagues?',
  'staff',
  'at work',
  'while (?:preparing|reconstituting|compounding|crushing|dispensing|administering|drawing up|handling)',
  'beim (?:zubereiten|aufziehen|vorbereiten|herstellen|anmischen|auflosen|verabreichen)',
  'apotheker\\w*',
  'krankenschwester\\w*',
  'pfleger\\w*',
  'pflegekraft',
  'arzthelfer\\w*',
  'kolleg\\w*',
  'pta',
  'mfa',
  'en (?:preparant|reconstituant|manipulant)',
  'lors de la (?:preparation|manipulation|reconstitution)',
  'infirmier\\w*',
  'pharmacien\\w*',
  'preparat(?:eur|rice)\\w*',
  'aide-soignant\\w*',
  'collegues?',
  'al (?:preparar|reconstituir|manipular)',
  'mientras (?:preparaba|manipulaba|reconstituia)',
  '(?:during|while changing) (?:the )?(?:infusion|bag|line)',
  'en changeant (?:la |le )?(?:poche|perfusion|flacon)',
  'durante la (?:preparacion|manipulacion|reconstitucion)',
  'enfermer[oa]s?',
  'farmaceutic[oa]s?',
  'tecnic[oa]s?',
  'auxiliar\\w*',
  'companer[oa]s?',
]);

/** A child as the patient: prescribing to a child is the commonest off-label use by population. */
export const paediatricContext = containsAnyOf([
  '(?:[1-9]|1[0-7])[- ]?(?:year|yr|month|week)s?[- ]?old',
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ](?:year|month)s?[- ]old',
  'toddlers?',
  'infants?',
  'newborns?',
  'neonates?',
  'child(?:ren)?',
  'kids?',
  'p(?:a)?ediatric',
  '(?:[1-9]|1[0-7])[- ]?(?:jahrig|monatig)\\w*',
  '(?:[1-9]|1[0-7]) (?:jahre|monate) alt\\w*',
  'kind(?:er|ern|es)?',
  'kleinkind\\w*',
  'saugling\\w*',
  'neugeboren\\w*',
  '(?:[1-9]|1[0-7]) (?:ans|mois)',
  'enfants?',
  'nourrissons?',
  'nouveau-nes?',
  'pediatri\\w*',
  '(?:[1-9]|1[0-7]) (?:anos|meses)',
  'nin[oa]s?',
  'lactantes?',
  'recien nacid\\w*',
]);
