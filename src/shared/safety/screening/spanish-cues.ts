import type { FramingCues } from './types';

export const spanishCues: FramingCues = {
  scope:
    /\b(?:no|ni|nunca|jamas|sin|ningun\w*|nada|tampoco|niega|nego|si|en caso de|evitar|prevenir|riesgo)\b/g,
  pseudoScope:
    /\bno se si\b|\bno estoy segur[oa] (?:de )?si\b|\bsin embargo\b|\bno solo\b|\bsi\s*,|\bsin (?:receta|darse cuenta|querer|saberlo)\b|\bya no\b/g,
  clauseBreak:
    /\b(?:pero|sino|aunque|embargo|porque|cuando|luego|despues|entonces|excepto|salvo|ahora)\b/g,
  interrogativeOpener:
    /^(?:que (?:hago|hacer|debo|debe|puedo|pasa)|cual(?:es)?|por que|cuando|donde|quien|cuant[oa]s?|hay|existen?|se puede)\b/,
  informationRequest:
    /\b(?:(?:quisiera|quiero|queria|me gustaria|necesito|necesitaria|busco) (?:saber|conocer|informacion|datos|info|documentacion|preguntar)|(?:informacion|datos|info|estudios|documentacion|publicaciones) (?:sobre|acerca|respecto)|(?:podria|puede|pueden|podrian) (?:enviarme|mandarme|decirme|indicarme)|pregunta (?:sobre|acerca))\b/,
  experience: new RegExp(
    [
      '\\b(?:tomo|tuvo|presento|desarrollo|empezo|comenzo|trago|recibio|noto|vomito|estuvo|ingreso|murio|fallecio|ha tenido|ha tomado|he tomado|he tenido|hemos tenido|le salio|le salieron|le han salido|le hayan salido|le dio|se inyecto|se desmayo|se puso)\\b',
      '\\b(?:despues de|tras|desde) (?:tomar(?:lo|la)?|empezar|usar|inyectar|la (?:primera|segunda|tercera|ultima) (?:dosis|inyeccion|toma|infusion)|la toma|la inyeccion|que lo toma)\\b',
      '\\b(?:ayer|la semana pasada|esta manana|hace \\w+ (?:dias|semanas|horas))\\b',
      '\\b(?:estoy|esta) embarazada\\b',
    ].join('|'),
  ),
  dataReference:
    /\b(?:estudios?|ensayos?|datos|incidencia|frecuencia|porcentaje|proporcion|tasa|ficha tecnica|literatura|publicad\w*|notificad\w*|descrit\w*)\b/,
  personalReference:
    /\b(?:mi|mis|nuestr[oa]s?) (?:paciente|hij[oa]|nin[oa]|bebe|esposa|esposo|marido|mujer|madre|padre|herman[oa]|abuel[oa]|niet[oa]|pareja)s?\b/,
  stopwords: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'es',
    'una',
    'un',
    'no',
    'con',
    'que',
    'de',
    'del',
    'mi',
    'se',
    'le',
    'lo',
    'por',
    'para',
    'tras',
    'muy',
  ],
};
