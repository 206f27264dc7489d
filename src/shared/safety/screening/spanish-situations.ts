import { anyOf, followedBy, gap, group, precededBy, specialSituation } from './pattern';
import { infectionContext } from './context-vocabulary';
import { deviceBefore, otherSubstances } from './shared-vocabulary';
import type { ScreeningRule } from './types';

/**
 * Spanish special situations (GVP VI.B.6) other than those of use: pregnancy, breastfeeding,
 * lack of efficacy, drug interaction, suspected counterfeit and infection transmission.
 */

const products = group([
  'producto',
  'lote',
  'vial',
  'infusion',
  'inyeccion',
  'transfusion',
  'plasma',
  'vacuna',
  'medicamento',
  'jeringa',
  'ampolla',
]);
const substancePrefix = '(?:el |la |los |las |un |una |su |sus )?';

export const spanishSituationRules: readonly ScreeningRule[] = [
  specialSituation(
    'pregnancy',
    anyOf([
      'embarazad[oa]s?',
      'embarazo',
      'gestante',
      'gestacion',
      'esperando (?:un )?(?:bebe|hijo|nino)',
      'en estado de buena esperanza',
      '(?:estoy|esta|estaba) de (?:\\d+|\\w+) (?:semanas|meses)',
    ]),
  ),
  specialSituation(
    'breastfeeding',
    anyOf([
      'dando (?:el )?pecho',
      '(?:da|doy|daba|dar) (?:el )?pecho',
      '(?:dando|da|doy|dar) de mamar',
      'lactancia',
      'lactando',
      'amamant\\w+',
      'leche materna',
      'madre lactante',
    ]),
  ),
  specialSituation(
    'lack-of-efficacy',
    anyOf([
      '(?:ya )?no (?:le |me |les )?(?:ha |han )?(?:hace|hizo|hecho|hacia|funciona|funciono|funcionaba|sirve|sirvio|servido|ayuda|ayudo|ayudado|mejora|mejoro|mejorado|alivia|alivio)',
      '(?:ningun|sin|nada de) (?:efecto|mejoria|resultado)(?! secundari| advers| indeseab)',
      'ineficaz',
      'no (?:es|era|fue) (?:\\w+ )?eficaz',
      'falta de (?:eficacia|efecto|respuesta)',
      'perdida de eficacia',
      'dej(?:o|a|ado) de (?:funcionar|hacer efecto|servir)',
      '(?:los )?(?:sintomas|dolores|crisis|ataques|migranas) (?:han |ha )?(?:vuelto|volvieron|regresado|reaparecido)',
      'fallo (?:terapeutico|del tratamiento|de la vacuna)',
      '(?:no|ni) (?:ha |he |han )?(?:notado|visto|tenido|habido|experimentado) (?:ninguna |ningun |nada de )?(?:mejoria|mejora|efecto|cambio|diferencia)',
      "sigue (?:con|igual|teniendo)(?: [\\w']+){0,3} (?:dolores|dolor|crisis|sintomas|migranas|ataques)",
      "(?:glucosa|azucar|tension|colesterol|dolor(?:es)?|crisis|niveles?)(?: [\\w']+){0,2} (?:sigue|siguen|esta|estan) (?:igual|sin cambios|como antes)",
      '(?:a pesar|pese) (?:de|del) (?:la |los |las )?(?:tratamiento|pastillas|inyecciones|medicacion)',
      "(?:tension|glucosa|azucar|colesterol|niveles?|inr|carga viral)(?: [\\w']+){0,2} (?:no|nunca) (?:\\w+ )?(?:ha |han )?(?:bajado|mejorado|cambiado|bajo|mejoro)",
    ]),
    { excludedBefore: deviceBefore },
  ),
  specialSituation('drug-interaction', anyOf(['interacci(?:on|ones)'])),
  specialSituation('drug-interaction', otherSubstances, {
    before: precededBy([
      `(?:mezcl(?:o|ado|ada|ar|a)|combin(?:o|ado|ada|a)|junto)(?: \\w+){0,2} con ${substancePrefix}`,
      `(?:a la vez que|al mismo tiempo que|ademas de) ${substancePrefix}`,
      `(?:tambien|ademas) (?:esta |estaba )?(?:tomando |toma |tomaba )?${substancePrefix}`,
    ]),
  }),
  specialSituation('drug-interaction', otherSubstances, {
    after: followedBy([
      "(?: [\\w']+){0,3} (?:junto )?con (?:el|este|su|sus|las|estas) (?:medicamento|tratamiento|pastillas|comprimidos)",
    ]),
  }),
  specialSituation(
    'counterfeit',
    anyOf([
      'falsificad[oa]s?',
      'falsificaci(?:on|ones)',
      '(?:parece|es|era|son|parecen) (?:\\w+ )?(?:falso|falsa|falsos|falsas|trucho|trucha|de imitacion)',
      '(?:medicamento|producto|pastillas|pluma|caja)s? (?:falsos?|falsas?)',
      'no (?:es|parece|era) (?:original|autentic[oa]|legitim[oa])',
      'imitacion',
      'no (?:creo|parece|parecen) que (?:sean|sea) (?:originales?|autentic[oa]s?|legitim[oa]s?)',
      'sin (?:el )?codigo (?:de verificacion|de seguridad|datamatrix)',
      'pirata',
    ]),
  ),
  specialSituation(
    'infection-transmission',
    anyOf([
      `(?:infeccion|infectad[oa]|sepsis|septicemia|hepatitis|vih|bacteri\\w*|virus)${gap(5)}(?:por|tras|despues de|causada por|a traves de|debido a|con)${gap(3)}${products}s?`,
      'transmisi(?:on) de (?:un )?(?:agente|virus|bacteri\\w*|infecci\\w*)',
    ]),
  ),
  specialSituation('infection-transmission', anyOf(['contaminad[oa]s?']), {
    requires: infectionContext,
  }),
];
