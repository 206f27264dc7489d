import type { FramingCues } from './types';

export const germanCues: FramingCues = {
  scope:
    /\b(?:kein\w*|nicht|nie|niemals|ohne|weder|nichts|verneint|falls|ob|vermeiden|vorzubeugen|risiko|kann (?:\w+ )?(?:verursachen|auslosen))\b/g,
  pseudoScope:
    /\bnicht nur\b|\bnicht (?:sicher|klar),? ob\b|\bweiss nicht,? ob\b|\bohne (?:zu|dass|rezept|arzt|absprache|es zu)\b/g,
  clauseBreak:
    /\b(?:aber|doch|jedoch|sondern|allerdings|trotzdem|obwohl|weil|denn|als|dann|danach|jetzt)\b/g,
  interrogativeOpener:
    /^(?:welche[rsnm]?|was (?:ist|sind|kann|soll|muss|passiert|tun|mache|machen|gibt|bedeutet|wissen|empfehlen)|wie|warum|wieso|weshalb|wann|wo|wer|gibt es|kann man|konnen|darf|durfen|soll|sollte|muss|ist (?:es|das|der|die)|sind (?:die|es))\b/,
  informationRequest:
    /\b(?:ich (?:hatte|mochte|wurde|brauche|brauchte|suche|bitte um) (?:gerne? |gern )?(?:informationen|infos?|daten|auskunft|wissen|literatur|studien)|(?:informationen|infos?|daten|literatur|studien|angaben) (?:zu|zur|zum|uber|bezuglich)|bitte (?:senden|schicken|um)|frage (?:zu|zur|zum|uber|bezuglich))\b/,
  experience: new RegExp(
    [
      '\\b(?:ich|sie|er|wir|patient\\w*) (?:habe|hat|hatte|hatten|haben|bekam|bekamen|nahm|nahmen|bin|war|waren|wurde|wurden|ist) (?:\\w+ ){0,4}(?:bekommen|genommen|eingenommen|gehabt|geworden|gespritzt|entwickelt|gemerkt|eingeliefert|gestorben|verstorben|geschluckt|angeschwollen)\\b',
      // Not "hatte": without its umlaut the polite "ich hätte gerne …" reads the same.
      '\\b(?:ich|sie|er|wir) (?:bekam|bekamen|nahm|nahmen)\\b',
      '\\bnach (?:der|dem) (?:einnahme|anwendung|injektion|spritze|gabe|infusion|impfung|(?:ersten|zweiten|dritten|letzten) (?:dosis|spritze|injektion|gabe|tablette|impfung|infusion))\\b',
      '\\bseit (?:der|dem|sie|er|ich)\\b',
      '\\b(?:gestern|letzte woche|heute morgen|vor (?:\\w+ )?(?:tagen|wochen|stunden))\\b',
      '\\bich bin (?:\\w+ )?schwanger\\b',
    ].join('|'),
  ),
  dataReference:
    /\b(?:studie\w*|daten|inzidenz|h(?:a|ae)ufigkeit|anteil|prozent|fachinformation|zulassungsstudie\w*|literatur|berichtet|gemeldet)\b/,
  personalReference:
    /\b(?:mein|meine|meinem|meinen|meiner|unser|unsere)\s+(?:patient\w*|sohn|tochter|kind|baby|frau|mann|mutter|vater|schwester|bruder|enkel\w*|partner\w*|freundin|freund)\b/,
  stopwords: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'ich',
    'sie',
    'er',
    'mit',
    'nach',
    'hat',
    'ein',
    'eine',
    'mein',
    'meine',
    'zu',
    'von',
    'es',
    'bei',
    'auf',
    'hatte',
    'wurde',
  ],
};
