import { anyOf, containsAnyOf, gap, group, specialSituation } from './pattern';
import { occupationalContext, paediatricContext } from './context-vocabulary';
import type { ScreeningRule } from './types';

/**
 * Spanish special situations of use (GVP VI.B.6): overdose, abuse, misuse, medication error,
 * off-label use and occupational exposure.
 */

/** A patient actually exposed: off-label use is a special situation only then (GVP VI.B.6). */
const exposure = containsAnyOf([
  'recet\\w+',
  'prescri\\w+',
  'toma',
  'tomando',
  'tomaba',
  'tomo',
  'tomado',
  'usa',
  'usando',
  'usado',
  'utiliza\\w*',
  'dado',
  'di',
  'doy',
  'trat\\w+',
  'administr\\w+',
  'recibe',
  'recibio',
  'puesto',
  'pongo',
]);
const relatives = group([
  'marido',
  'mujer',
  'esposa',
  'esposo',
  'pareja',
  'madre',
  'padre',
  'hermana',
  'hermano',
  'amig[oa]',
  'hij[oa]',
  'vecin[oa]',
  'companer[oa]',
  'abuel[oa]',
]);
const pills = group(['pastillas', 'comprimidos', 'capsulas', 'tabletas', 'dosis']);
const count = group([
  '\\d+',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'veinte',
  'varias',
  'muchas',
]);

export const spanishProductUseRules: readonly ScreeningRule[] = [
  specialSituation(
    'overdose',
    anyOf([
      'sobredosi(?:s|ficacion)',
      'sobredosific\\w+',
      'el doble de (?:la )?dosis',
      'doble dosis',
      'dosis doble',
      '(?:tomo|tomado|tomar|inyecto|puso|dio|dado) el doble',
      '(?:dos|tres|2|3) veces (?:la|su) dosis',
      `demasiad(?:as|os) ${pills}`,
      '(?:tomo|tomado|ha tomado) demasiad[oa]',
      'toda la caja',
      'todo el (?:blister|frasco|envase|bote)',
      'todas las (?:pastillas|capsulas|comprimidos)',
      'mas de lo (?:recetado|prescrito|indicado|recomendado)',
      'dosis excesiva',
      "(?:tomo|bebio|trago|ingirio|se tomo|se bebio|se trago)(?: [\\w']+){0,4} de (?:golpe|una vez|un trago)",
      `una (?:decena|veintena|docena) de ${pills}`,
      `${count} ${pills} (?:de golpe|de una vez|a la vez|juntas|seguidas)`,
    ]),
  ),
  specialSituation(
    'abuse',
    anyOf([
      'abus(?:o|a|aba|ado|ar)',
      'esnif(?:a|o|ar|aba|ando|ado)',
      '(?:para )?colocarse',
      'colocad[oa]',
      '(?:para )?drogarse',
      'adict[oa]s?',
      'adiccion',
      'dependencia',
      'enganchad[oa]',
      'uso recreativo',
      '(?:vende|vendia|revende|trafica)(?: \\w+){0,2} (?:sus |las |los )?(?:pastillas|comprimidos|recetas|medicamentos)',
      'se (?:las|los|la|lo) inyecta(?:ba)?',
      'machac\\w+(?: \\w+){0,3} (?:y|para) (?:se )?(?:las |los )?(?:inyecta|esnifa|fuma)\\w*',
    ]),
  ),
  specialSituation(
    'misuse',
    anyOf([
      'mal uso',
      'uso (?:indebido|inadecuado|incorrecto)',
      `(?:pastillas|comprimidos|inyecciones|plumas?|medicamentos?|parches|receta) de (?:su|mi|sus) ${relatives}`,
      'para (?:adelgazar|perder peso)',
      'para que (?:haga efecto|funcione|actue) (?:antes|mejor|mas rapido)',
      "mastic\\w+(?: [\\w']+){0,3} (?:de )?liberacion prolongada",
      '(?:aunque|pese a que) (?:es|esta indicad[oa]) (?:solo|solamente|unicamente) para',
    ]),
  ),
  specialSituation(
    'medication-error',
    anyOf([
      'errores? de (?:medicacion|dosificacion|administracion|dispensacion)',
      'por (?:error|equivocacion)',
      'equivoc(?:o|ado|ada|arse)',
      '(?:dosis|medicamento|pastilla|jeringa|sitio|lugar|via|concentracion|paciente|pluma|insulina) (?:equivocad[oa]|incorrect[oa]|errone[oa])',
      'accidental(?:mente)?',
      'sin querer',
      `(?:nino|nina|hijo|hija|bebe|nieto|nieta|crio|cria|perro)${gap(4)}(?:se )?(?:trago|comio|ingirio)`,
      'confundio',
      'caducad[oa]s?',
      'se (?:le )?olvid(?:o|aron) (?:tomar|la dosis|una dosis)',
      '(?:la dosis|las pastillas|el comprimido|la inyeccion) dos veces',
      'dos veces (?:el mismo dia|hoy|esta manana|seguidas)',
      'no se acordaba',
      'se le olvido que ya',
      'ya (?:se )?(?:la|lo|las|los) habia tomado',
      'repitio la dosis',
      'duplic\\w+ la dosis',
      'de otro paciente',
      'en (?:vez|lugar) de (?:la |el |los |las )?(?:\\d+ ?(?:mg|ml|ui)|rapida|lenta|otr[oa])',
    ]),
  ),
  specialSituation(
    'off-label-use',
    anyOf([
      'fuera de (?:indicacion|ficha tecnica|etiqueta|la indicacion|lo autorizado)',
      'off[- ]?label',
      'no (?:esta )?(?:aprobad[oa]|autorizad[oa]|indicad[oa])',
      'sin (?:indicacion|autorizacion)',
      'uso no autorizado',
    ]),
    { requires: exposure },
  ),
  // A product for adults given to a child is off-label by population.
  specialSituation('off-label-use', anyOf(['(?:es |solo |solamente |unicamente )?para adultos']), {
    requires: paediatricContext,
  }),
  specialSituation(
    'off-label-use',
    anyOf([
      'recet(?:e|o|ado|ada)',
      'prescrib(?:i|io)',
      'prescrit[oa]',
      'trat(?:o|ando|ado|ada)',
      'pautad[oa]',
      'paute',
    ]),
    { requires: paediatricContext },
  ),
  specialSituation(
    'occupational-exposure',
    anyOf([
      'pinchazo accidental',
      'exposici(?:on) (?:laboral|ocupacional|profesional)',
      'accidente (?:laboral|biologico)',
    ]),
  ),
  specialSituation(
    'occupational-exposure',
    anyOf([
      'se pincho',
      '(?:le|me|se) salpic(?:o|aron|ado)',
      'salpicadura',
      'inhalo (?:el )?polvo',
      'se clav(?:o|aron) (?:la |una )?aguja',
      'se corto con (?:una |la )?(?:ampolla|vial|aguja)',
    ]),
    { requires: occupationalContext },
  ),
];
