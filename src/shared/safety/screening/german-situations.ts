import { anyOf, followedBy, gap, group, precededBy, specialSituation } from './pattern';
import { infectionContext } from './context-vocabulary';
import { deviceBefore, otherSubstances } from './shared-vocabulary';
import type { ScreeningRule } from './types';

/**
 * German special situations (GVP VI.B.6) other than those of use: pregnancy, breastfeeding,
 * lack of efficacy, drug interaction, suspected counterfeit and infection transmission.
 */

const products = group([
  'praparat',
  'produkt',
  'charge',
  'infusion',
  'spritze',
  'injektion',
  'durchstechflasche',
  'ampulle',
  'blutprodukt',
  'plasma',
  'impfstoff',
  'impfung',
  'medikament',
  'arzneimittel',
]);

export const germanSituationRules: readonly ScreeningRule[] = [
  specialSituation(
    'pregnancy',
    anyOf([
      'schwanger\\w*',
      'in anderen umst(?:a|ae)nden',
      'erwartet ein (?:baby|kind)',
      'ssw',
      '\\d+\\. ?ssw',
      'in der \\d+\\. (?:woche|schwangerschaftswoche)',
    ]),
  ),
  specialSituation(
    'breastfeeding',
    anyOf([
      'still(?:t|en|te|ten|end\\w*|zeit|periode)',
      'gestillt',
      '(?:gebe|gibt|geben|gab)(?: \\w+){0,3} (?:die )?brust',
      'an der brust',
      'muttermilch',
      'abgepumpt\\w*',
      'abpump\\w*',
    ]),
  ),
  specialSituation(
    'lack-of-efficacy',
    anyOf([
      '(?:nicht|kaum|nie) (?:mehr )?(?:gewirkt|geholfen|angeschlagen|wirksam)',
      "wirk(?:t|en|te) (?:[\\w'-]+ ){0,3}(?:nicht|kaum)",
      "hilft (?:[\\w'-]+ ){0,2}(?:nicht|kaum)",
      '(?:keine|kaum) (?:wirkung|besserung|verbesserung|linderung|wirksamkeit|effekt)',
      'wirkungslos',
      'unwirksam',
      'wirk(?:ungs)?verlust',
      'l(?:a|ae)sst (?:die )?wirkung nach',
      'wirkung (?:l(?:a|ae)sst nach|hat nachgelassen|ist weg)',
      '(?:schmerzen|anf(?:a|ae)lle|beschwerden|symptome|migr(?:a|ae)ne\\w*|attacken|kopfschmerzen) (?:sind|ist|kamen|kommen) (?:\\w+ )?(?:wieder|zuruck)',
      'therapieversagen',
      "(?:blutzucker|zucker|blutdruck|cholesterin|werte?|hba1c|inr|viruslast|schmerzen|anf(?:a|ae)lle)(?: [\\w'-]+){0,3} (?:nicht|kaum|nie) (?:\\w+ )?(?:runter|gesunken|gefallen|besser|ver(?:a|ae)ndert|zur(?:u|ue)ckgegangen|weniger)\\w*",
      'trotz (?:der |des |dem |einer |mehrerer )?(?:\\w+ )?(?:tabletten|behandlung|therapie|medikament\\w*|spritze\\w*|einnahme|injektion\\w*)',
      '(?:immer noch|weiterhin|nach wie vor) (?:\\w+ ){0,3}(?:anf(?:a|ae)lle|schmerzen|migr(?:a|ae)ne|beschwerden|symptome)',
      '(?:blutdruck|blutzucker|zucker|cholesterin|werte?|hba1c)(?: \\w+){0,2} (?:immer noch|noch immer|weiterhin|unver(?:a|ae)ndert)',
    ]),
    { excludedBefore: deviceBefore },
  ),
  specialSituation('drug-interaction', anyOf(['wechselwirkung(?:en)?', 'interaktion(?:en)?'])),
  specialSituation('drug-interaction', otherSubstances, {
    before: precededBy([
      '(?:zusammen|gleichzeitig|kombiniert|gemischt|kombination) mit (?:\\w+ ){0,2}',
      '(?:auch|au(?:ss|ß)erdem|zus(?:a|ae)tzlich) (?:noch )?',
    ]),
  }),
  specialSituation('drug-interaction', otherSubstances, {
    before: precededBy(['mit (?:\\w+ ){0,2}']),
    after: followedBy([
      '(?: \\w+){0,2} (?:kombiniert|gemischt|zusammen eingenommen|eingenommen|genommen)',
    ]),
  }),
  specialSituation('drug-interaction', otherSubstances, {
    after: followedBy([
      '(?: \\w+){0,3} (?:zusammen )?mit (?:dem|den|diesem|diesen|seinen|ihren|seinem|ihrem) (?:medikament|tabletten|pr(?:a|ae)parat|spritzen)',
    ]),
  }),
  specialSituation(
    'counterfeit',
    anyOf([
      'gef(?:a|ae)lscht\\w*',
      '(?:arzneimittel)?f(?:a|ae)lschung(?:en)?',
      'nicht (?:echt|original)',
      'kein original',
      'plagiat',
      'nachgemacht',
      'fake',
      'nicht wie (?:das|die) original\\w*',
      'fehlt (?:der |das |die )?sicherheits\\w+',
      'sicherheits(?:code|merkmal|siegel)\\w*(?: \\w+){0,2} (?:fehlt|fehlen|fehlte)',
      '(?:chargennummer|seriennummer)(?: \\w+){0,3} (?:existiert nicht|gibt es nicht|unbekannt)',
    ]),
  ),
  specialSituation(
    'infection-transmission',
    anyOf([
      `(?:infektion|infiziert|sepsis|hepatitis|hiv|bakteri\\w*|viren|virus|erreger\\w*)${gap(5)}(?:durch|uber|nach|von|aus|wegen)${gap(3)}${products}\\w*`,
      '(?:u|ue)bertragung (?:von|eines|einer) (?:\\w+ )?(?:erreger\\w*|viren|virus|bakterien|krankheitserreger\\w*|infektion\\w*)',
    ]),
  ),
  specialSituation('infection-transmission', anyOf(['verunreinigt', 'kontaminiert']), {
    requires: infectionContext,
  }),
];
