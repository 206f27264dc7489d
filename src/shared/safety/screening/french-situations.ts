import { anyOf, followedBy, gap, group, precededBy, specialSituation } from './pattern';
import { infectionContext } from './context-vocabulary';
import { deviceBefore, otherSubstances } from './shared-vocabulary';
import type { ScreeningRule } from './types';

/**
 * French special situations (GVP VI.B.6) other than those of use: pregnancy, breastfeeding,
 * lack of efficacy, drug interaction, suspected counterfeit and infection transmission.
 */

const products = group([
  'produit',
  'lot',
  'flacon',
  'perfusion',
  'injection',
  'transfusion',
  'plasma',
  'vaccin',
  'medicament',
  'seringue',
  'ampoule',
]);
const substancePrefix = "(?:de l'|du |de la |des |un |une |sa |son |ses |l')?";

export const frenchSituationRules: readonly ScreeningRule[] = [
  specialSituation(
    'pregnancy',
    anyOf([
      'enceinte',
      'grossesse',
      'attend (?:un|des) (?:bebe|enfant|jumeaux)',
      "semaines d'amenorrhee",
      '\\d+ sa',
      '(?:premier|deuxieme|troisieme) trimestre',
    ]),
  ),
  specialSituation(
    'breastfeeding',
    anyOf([
      'allait\\w*',
      'lait maternel',
      '(?:donne|donner|donnant|nourrit|nourrir)(?: \\w+){0,4} (?:le|au) sein',
      'au sein',
      'tire son lait',
      'tire-lait',
    ]),
  ),
  specialSituation(
    'lack-of-efficacy',
    anyOf([
      "(?:n'a|n'ont|n'avait|n'avaient)(?: \\w+){0,2} (?:pas|aucun|aucune|jamais)(?: \\w+){0,2} (?:effet|marche|fonctionne|agi|aide|soulage|efficace)",
      "(?:ne |n')(?:\\w+ )?(?:marche|fonctionne|agit|fait (?:plus )?(?:d')?effet|soulage|aide) (?:pas|plus)",
      'inefficace',
      "(?:n'est|n'etait) (?:\\w+ )?(?:pas|plus) efficace",
      'aucun(?:e)? (?:effet|amelioration|efficacite|resultat)(?! indesirable| secondaire)',
      "(?:manque|perte) d'efficacite",
      'echec (?:du|de) (?:traitement|la vaccination)',
      '(?:les )?(?:crises|douleurs|symptomes|migraines) (?:sont|ont) (?:\\w+ )?(?:revenue?s|reapparu)',
      "(?:tension|glycemie|sucre|cholesterol|taux|inr|charge virale|douleurs?|crises)(?: [\\w']+){0,2} (?:n'a|n'ont|n'est|ne sont|ne s'est)(?: \\w+)? (?:pas|jamais) (?:\\w+ )?(?:bouge|baisse|diminue|change|ameliore|descendu|passe|cede)\\w*",
      'malgre (?:le |les |la |\\w+ (?:semaines|mois) de )?(?:traitement|comprimes|injections|medicament)',
      '(?:toujours|encore) (?:des |ses )?(?:crises|douleurs|migraines|symptomes)',
      "(?:crises|douleurs|symptomes|migraines|tension|glycemie|cholesterol)(?: [\\w']+){0,2} (?:sont|est|reste|restent) (?:\\w+ )?(?:aussi \\w+ qu'avant|comme avant|inchangee?s?|les memes|la meme)",
    ]),
    { excludedBefore: deviceBefore },
  ),
  specialSituation('drug-interaction', anyOf(['interactions?(?: medicamenteuses?)?'])),
  specialSituation('drug-interaction', otherSubstances, {
    before: precededBy([
      `(?:pris|prend|prenait|melange|associe|combine)(?: \\w+){0,3} (?:avec|a|au|aux|et) ${substancePrefix}`,
      `(?:en meme temps que|en association avec|associe a|aussi|egalement) ${substancePrefix}`,
    ]),
  }),
  specialSituation('drug-interaction', otherSubstances, {
    after: followedBy([
      '(?: \\w+){0,2} en meme temps',
      "(?: [\\w']+){0,4} avec (?:ce|le|son|sa|ses|les|mon|ma|mes|votre|vos) (?:medicaments?|traitements?|produits?|comprimes?)",
    ]),
  }),
  specialSituation(
    'counterfeit',
    anyOf([
      'contrefa(?:c|ç)ons?',
      'contrefait(?:e|s|es)?',
      'falsifi(?:e|es|ee|ees|cation)',
      "(?:un|une|des|c'est un|c'est une|est un) faux",
      'faux (?:medicaments?|produits?|comprimes?|stylos?)',
      "(?:semble|parait|a l'air) (?:\\w+ )?faux",
      'pas (?:un )?(?:vrai|authentique|original)',
      "n'est pas (?:le )?(?:vrai|authentique|original)",
      "(?:c'est|ce sont|semble etre|sont) (?:une |des )?copies?",
    ]),
  ),
  specialSituation(
    'infection-transmission',
    anyOf([
      `(?:infection|infecte\\w*|septicemie|sepsis|hepatite|vih|bacteri\\w*|virus)${gap(5)}(?:par|via|apres|suite a|due? a|liee? a|a cause d[eu])${gap(3)}${products}s?`,
      "transmission (?:d'un |de |d')(?:\\w+ )?(?:agent|virus|bacteri\\w*|infection)",
    ]),
  ),
  specialSituation(
    'infection-transmission',
    anyOf(['contamine(?:e|s|es)?', 'souille(?:e|s|es)?']),
    {
      requires: infectionContext,
    },
  ),
];
