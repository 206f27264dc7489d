import type { FramingCues } from './types';

export const frenchCues: FramingCues = {
  scope:
    /\b(?:ne|n'\w*|pas|jamais|sans|aucun\w*|ni|non|rien|nie|si|au cas|en cas|eviter|prevenir|risque)\b/g,
  pseudoScope:
    /\bne sais pas si\b|\bpas sur(?:e)? (?:que|si)\b|\b(?:non|pas) seulement\b|\bsi\s*,|\bsans (?:ordonnance|le savoir|s'en rendre compte|prevenir)\b/g,
  clauseBreak:
    /\b(?:mais|cependant|pourtant|toutefois|sauf|car|parce|quand|lorsque|puis|ensuite|alors|maintenant)\b/g,
  interrogativeOpener:
    /^(?:quel(?:le)?s?|que (?:faire|dois|doit|peut|peuvent)|qu'est-ce|comment|pourquoi|combien|est-ce|y a-t-il|existe-t-il|peut-on|puis-je|faut-il|doit-on|dois-je|lequel|laquelle)\b/,
  informationRequest:
    /\b(?:je (?:voudrais|souhaiterais|souhaite|aimerais|cherche|recherche) (?:savoir|connaitre|des informations|des donnees|des infos|de la documentation|obtenir)|(?:informations?|donnees|infos|documentation|etudes|publications) (?:sur|concernant|au sujet)|merci de (?:m'envoyer|me transmettre|m'indiquer)|question (?:sur|concernant))\b/,
  experience: new RegExp(
    [
      "\\b(?:j'ai|j'avais|elle a|il a|elle avait|il avait|on a|nous avons|ils ont|elles ont|m'a|l'a)(?: \\w+)?(?: \\w+)? (?:pris|eu|fait|ete|developpe|commence|avale|injecte|recu|remarque|vomi|saigne|presente)\\b",
      "\\b(?:elle|il|je) (?:est|suis|etait|s'est) (?:\\w+ )?(?:enceinte|tombee?|hospitalisee?|decedee?|morte?|evanouie?|admise?)\\b",
      "\\bapres (?:la prise|l'injection|la perfusion|avoir pris|le traitement|la (?:premiere|deuxieme|seconde|troisieme|derniere) (?:dose|injection|prise|perfusion))\\b",
      "\\bdepuis (?:l'injection|la prise|le debut|la perfusion|qu'(?:elle|il|je)|que j'ai)\\b",
      '\\b(?:hier|la semaine derniere|ce matin|il y a \\w+ (?:jours|semaines|heures))\\b',
      '\\bje suis (?:\\w+ )?enceinte\\b',
    ].join('|'),
  ),
  dataReference:
    /\b(?:etudes?|essais?|donnees|incidence|frequence|pourcentage|taux|rcp|litterature|publie\w*|rapporte\w*|notifie\w*)\b/,
  personalReference:
    /\b(?:mon|ma|mes|notre|nos) (?:patient\w*|fils|fille|enfant|bebe|femme|mari|conjoint|compagne|compagnon|mere|pere|soeur|frere)s?\b/,
  stopwords: [
    'le',
    'la',
    'les',
    'et',
    'est',
    'une',
    'un',
    'des',
    'pas',
    'je',
    'il',
    'elle',
    'avec',
    'apres',
    'mon',
    'ma',
    'de',
    'du',
    'pour',
    'que',
    'au',
    'sur',
  ],
};
