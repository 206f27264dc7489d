import { anyOf, containsAnyOf, gap, group, specialSituation } from './pattern';
import { occupationalContext, paediatricContext } from './context-vocabulary';
import type { ScreeningRule } from './types';

/**
 * French special situations of use (GVP VI.B.6): overdose, abuse, misuse, medication error,
 * off-label use and occupational exposure.
 */

/** A patient actually exposed: off-label use is a special situation only then (GVP VI.B.6). */
const exposure = containsAnyOf([
  'prescrit\\w*',
  'prescris',
  'prend',
  'prends',
  'prenait',
  'pris',
  'utilise\\w*',
  'donne\\w*',
  'traite\\w*',
  'administre\\w*',
  'recu',
  'recoit',
  'sous (?:ce|ce produit|ce traitement)',
]);
const relatives = group([
  'mari',
  'femme',
  'epouse',
  'conjoint',
  'compagne',
  'compagnon',
  'mere',
  'pere',
  'soeur',
  'frere',
  'amie?',
  'fils',
  'fille',
  'voisine?',
  'colocataire',
  'collegue',
]);
const pills = group(['comprimes', 'gelules', 'cachets', 'doses', 'injections']);
const count = group([
  '\\d+',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'plusieurs',
]);

export const frenchProductUseRules: readonly ScreeningRule[] = [
  specialSituation(
    'overdose',
    anyOf([
      'surdos(?:e|age|ages|es)',
      'overdose',
      '(?:deux|trois|2|3) fois la dose',
      '(?:le )?double de la dose',
      'double dose',
      'dose double',
      'dose (?:excessive|trop (?:elevee|forte))',
      `trop de (?:${pills}|medicaments)`,
      '(?:tout|toute) (?:la|le) (?:boite|plaquette|flacon|tube)',
      'tous (?:les|ses) (?:comprimes|cachets|gelules)',
      'plus que (?:la dose )?(?:prescrite?|recommandee?)',
      `${count} ${pills} (?:d'un coup|en une fois|a la fois|en meme temps)`,
      'pris (?:\\w+ )?trop',
      `une (?:dizaine|quinzaine|vingtaine|trentaine|cinquantaine) de ${pills}`,
    ]),
  ),
  specialSituation(
    'abuse',
    anyOf([
      'abus(?:e|er|ait)?',
      'sniff\\w*',
      'snif(?:e|fe)',
      'pour planer',
      'planer',
      'se defoncer',
      'defonc\\w*',
      'accro',
      '(?:est|etait|devenue?|suis) (?:\\w+ )?dependante?',
      'dependance',
      'addict\\w*',
      'toxicomanie',
      'usage recreatif',
      '(?:revend|vend|vendait|revendait)(?: \\w+){0,2} (?:ses |les |des )?(?:comprimes|cachets|medicaments|ordonnances)',
      "(?:s'injecte|se les injecte|se l'injecte|s'injectait)(?:nt)?",
      '(?:ecrase|pile)(?:nt)?(?: \\w+){0,3} (?:pour|et) (?:les |se les )?(?:sniffer|injecter|fumer)',
    ]),
  ),
  specialSituation(
    'misuse',
    anyOf([
      'mesusage',
      'mauvais usage',
      'mauvaise utilisation',
      `(?:comprimes|medicaments?|stylos?|injections|cachets|gelules|patchs|ordonnance) (?:de |d')(?:son|sa|ses|mon|ma|leur) ${relatives}`,
      'pour (?:maigrir|perdre du poids)',
      'pas comme (?:prescrit|indique)',
      '(?:pour que|afin que) (?:ca|cela|il|elle) (?:agisse|marche|fasse effet) (?:plus vite|mieux)',
      "mache(?:nt)?(?: [\\w']+){0,3} (?:a )?liberation prolongee",
      "alors qu'(?:il|elle) (?:est|n'est) (?:uniquement |seulement )?(?:pour|prevue? pour)",
    ]),
  ),
  specialSituation(
    'medication-error',
    anyOf([
      'erreurs? (?:medicamenteuses?|de (?:dose|dosage|medicament|administration|patient|voie|prescription|dispensation))',
      'par (?:erreur|megarde|inadvertance)',
      'accidentel(?:le)?(?:ment)?',
      "s'est trompe(?:e)?",
      'trompe(?:e)? de',
      '(?:mauvais|mauvaise) (?:dose|dosage|medicament|stylo|seringue|patient|site|endroit|voie|produit|comprime)',
      `(?:enfant|fils|fille|petit|petite|bebe|petit-fils|petite-fille|chien)${gap(5)}(?:a avale|avale|a mange|a croque)`,
      'confondu',
      'perime(?:e|s|es)?',
      'oublie (?:de prendre|sa dose|une dose|son injection)',
      "deux fois (?:ce matin|ce soir|aujourd'hui|dans la journee|le meme jour|de suite)",
      '(?:ne se souven(?:ait|ais)|ne se rappel(?:ait|ais)) (?:plus|pas)',
      "oublie qu'(?:il|elle) (?:l'avait|avait|les avait) deja",
      'deja pris',
      'en double',
      "d'un autre patient",
      '(?:du|de sa|de son) voisine? de chambre',
      'au lieu (?:de|du|des) (?:\\d+ ?(?:mg|microgrammes|ui|ml)|la rapide|la lente)',
    ]),
  ),
  specialSituation(
    'off-label-use',
    anyOf([
      'hors[- ]?(?:amm|autorisation|indications?|rcp|label)',
      'off[- ]?label',
      'sans amm',
      '(?:pas|non) (?:indique|autorise|approuve|agree)e?s?',
      "n'est pas (?:indique|autorise|approuve)e?",
    ]),
    { requires: exposure },
  ),
  specialSituation(
    'off-label-use',
    anyOf([
      "(?:n'est |qui n'est )?pas (?:dans|prevue? (?:dans|par)|mentionnee? dans) (?:le |la |l')?(?:rcp|amm|notice)",
    ]),
    { requires: exposure },
  ),
  // A product for adults given to a child is off-label by population.
  specialSituation(
    'off-label-use',
    anyOf(["(?:reserve|uniquement|seulement) (?:a l'adulte|aux adultes|pour (?:les )?adultes)"]),
    {
      requires: paediatricContext,
    },
  ),
  specialSituation(
    'off-label-use',
    anyOf(['prescrit\\w*', 'prescris', 'traite(?:e|s|es)?', 'mis sous']),
    {
      requires: paediatricContext,
    },
  ),
  specialSituation(
    'occupational-exposure',
    anyOf([
      'piqures? accidentelles?',
      "accident d'exposition au sang",
      'aes',
      'exposition professionnelle',
      'expose(?:e)? (?:\\w+ )?(?:au travail|professionnellement)',
    ]),
  ),
  specialSituation(
    'occupational-exposure',
    anyOf([
      "s'est pique(?:e)?",
      "(?:projection|eclaboussure)s? (?:de \\w+ )?(?:dans|sur) (?:l'oeil|les yeux|le visage|la peau)",
      'eclabousse(?:e)?',
      'inhale (?:de la )?poudre',
      "s'est plante (?:l'|une |la )?aiguille",
      "(?:recu|recoit)(?: [\\w']+){0,4} (?:dans|sur) (?:l'oeil|les yeux|le visage|la peau|les mains)",
      "(?:s'est )?coupee? avec (?:une |l')?ampoule",
    ]),
    { requires: occupationalContext },
  ),
];
