import { anyOf, containsAnyOf, gap, group, specialSituation } from './pattern';
import { occupationalContext, paediatricContext } from './context-vocabulary';
import type { ScreeningRule } from './types';

/**
 * English special situations of use (GVP VI.B.6): overdose, abuse, misuse, medication error,
 * off-label use and occupational exposure.
 */

/** A patient actually exposed: off-label use is a special situation only then (GVP VI.B.6). */
const exposure = containsAnyOf([
  'prescrib(?:e|ed|es|ing)',
  'taking',
  'takes',
  'took',
  'taken',
  'using',
  'uses',
  'used',
  'given',
  'gave',
  'gives',
  'giving',
  'started',
  'treat(?:ed|ing)?',
  'inject(?:ed|ing|s)',
  'put (?:him|her|them) on',
  "(?:been|is|was|she's|he's) on (?:it|this|them)",
]);
const relatives = group([
  'husband',
  'wife',
  'partner',
  'friend',
  'mother',
  'mum',
  'mom',
  'father',
  'dad',
  'sister',
  'brother',
  'son',
  'daughter',
  'neighbou?r',
  'flatmate',
  'roommate',
  'colleague',
  'grandmother',
  'grandfather',
]);
const pills = group(['tablets', 'pills', 'capsules', 'doses', 'injections']);
const count = group([
  '\\d+',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'a handful of',
]);

export const englishProductUseRules: readonly ScreeningRule[] = [
  specialSituation(
    'overdose',
    anyOf([
      'overdos(?:e|ed|es|ing)',
      "od'?d",
      '(?:twice|double|triple|three times|two times|\\d+ times) (?:the |his |her |my |their )?(?:recommended |prescribed |usual |normal |correct )?(?:dose|dosage|amount)',
      'doubled? (?:the |his |her |my |their )?dose',
      'extra (?:dose|tablets?|pills?|injection)',
      '(?:took|taken|take|takes|taking|gave|given|injected|swallowed|used|had) (?:way |far |much )?too (?:much|many)',
      `too many ${pills}`,
      'the (?:whole|entire) (?:pack|packet|box|bottle|strip|blister|tube)',
      'all (?:of )?(?:the|her|his|my|their) (?:tablets|pills|capsules)',
      'more than (?:the )?(?:prescribed|recommended|maximum|allowed)(?: dose)?',
      'exceed(?:ed|ing)? the (?:maximum |recommended )?dose',
      `${count} ${pills} (?:at once|in one go|all at once|together|instead of (?:one|two|\\d+))`,
      "(?:a |the )?(?:whole|full|entire) (?:week|month|fortnight)'?s? (?:worth|supply|tablets|doses)",
      "(?:week|month)'?s (?:worth|supply) (?:in|at) (?:one|once|a single)",
      `(?:dozens|handfuls?) of ${pills}`,
    ]),
  ),
  specialSituation(
    'abuse',
    anyOf([
      'abus(?:e|ed|es|ing)',
      'snort(?:ed|ing|s)?',
      'to get high',
      'getting high',
      '(?:for|get) (?:a|the) high',
      'recreational(?:ly)?',
      'addict(?:ed|ion)',
      'hooked on',
      'dependen(?:t|ce) on (?:it|them|the \\w+)',
      'doctor shopping',
      '(?:prescriptions?|scripts?) from (?:\\w+ )?(?:different|several|multiple) (?:doctors|gps|pharmacies)',
      '(?:selling|sells|sold) (?:his|her|their|my) (?:tablets|pills|medication|prescription)',
    ]),
  ),
  specialSituation(
    'misuse',
    anyOf([
      'misus(?:e|ed|es|ing)',
      'not as (?:prescribed|directed|intended)',
      `(?:used|using|uses|took|taking|takes|borrowed|borrowing|shared|sharing|stole|stealing)(?: some of)? (?:her|his|their|my|a) ${relatives}'?s (?:tablets|pills|injections?|pens?|medication|medicine|prescription|inhaler|patches)`,
      'to (?:lose weight|slim down|stay awake)',
    ]),
    { requires: exposure },
  ),
  specialSituation(
    'misuse',
    anyOf([
      '(?:thinks?|thought|so|because|to make) (?:that )?(?:it|they) (?:works?|acts?|kicks? in) (?:better|faster|quicker|stronger)',
      "chew(?:s|ed|ing)?(?: [\\w'-]+){0,3} (?:slow|extended|modified|prolonged|sustained)[- ]release",
      "even though (?:it's|it is) (?:only )?(?:for|meant for)",
    ]),
  ),
  specialSituation(
    'medication-error',
    anyOf([
      'medication errors?',
      'by (?:mistake|accident)',
      'mistaken(?:ly)?',
      'accident(?:al|ally)',
      'wrong (?:dose|dosage|drug|medicine|medication|patient|strength|site|route|tablets?|pills?|pen|insulin|product|time|syringe|vial|eye|arm|leg|place|way)',
      'instead of (?:the |her |his |my |their )?(?:\\d+ ?(?:mg|mcg|micrograms?|ml|units?)|tablets?|pills?|injection|cream|drops|capsules?|insulin)',
      'mix[- ]?up',
      'mixed up (?:the|his|her|my|their)',
      'dispensed (?:the )?wrong',
      `(?:child|toddler|kid|baby|son|daughter|grandson|granddaughter|grandchild|boy|girl|dog)${gap(2)}(?:swallowed|ate|chewed|got hold of|got into)`,
      'forgot (?:to (?:take|give)|his|her|my) (?:dose|tablets?|injection)',
      'missed (?:a|her|his|my|two|three|several|\\d+) doses?',
      'expired (?:tablets|pills|medication|medicine|product|pens?|vials?|insulin)',
      'injected (?:it |himself |herself |myself )?into (?:the |his |her |my )?(?:thumb|finger|vein|artery)',
      'double[- ]?dos(?:ed|ing)',
      'took (?:his|her|my|their|the)(?: \\w+)? (?:dose|tablets?|pills?|injection|medication)(?: \\w+)? (?:again|twice)',
      "forgot (?:that )?(?:he|she|i|they)(?:'d| had) already",
      '(?:twice|two doses) (?:by mistake|in (?:one|the same) day)',
      '(?:out of date|past (?:the|its) expiry)',
      "someone else's (?:name|prescription|tablets|medication|medicine|insulin)",
      "another patient's (?:tablets|medication|medicine|insulin|infusion|dose)",
      '(?:rapid|short|long|fast)[- ]acting (?:insulin )?instead of',
    ]),
  ),
  specialSituation(
    'off-label-use',
    anyOf([
      'off[- ]?label',
      '(?:not|never) (?:approved|licen[sc]ed|indicated|authori[sz]ed)',
      "(?:isn't|is not|aren't|wasn't|not yet) (?:approved|licen[sc]ed|indicated|authori[sz]ed)",
      'unlicen[sc]ed',
      'unapproved',
      'outside (?:the|its|of the) (?:label|licen[cs]e|indications?|marketing authori[sz]ation|smpc|approved \\w+)',
      'not in the (?:label|smpc|leaflet)',
    ]),
    { requires: exposure },
  ),
  // A product for adults given to a child is off-label by population.
  specialSituation(
    'off-label-use',
    anyOf([
      '(?:only|just) (?:approved|licen[sc]ed|indicated|authori[sz]ed|meant) for adults',
      "(?:says|said) (?:it's |it is )?for adults",
    ]),
    { requires: paediatricContext },
  ),
  specialSituation(
    'off-label-use',
    anyOf(['prescrib(?:ed|ing)', 'treat(?:ed|ing)', 'started (?:him|her|them)']),
    {
      requires: paediatricContext,
    },
  ),
  specialSituation(
    'occupational-exposure',
    anyOf([
      'needle[- ]?sticks?(?: injur(?:y|ies))?',
      'sharps injur(?:y|ies)',
      'occupational(?:ly)? expos\\w*',
    ]),
  ),
  specialSituation(
    'occupational-exposure',
    anyOf([
      '(?:pricked|stabbed|stuck|jabbed) (?:herself|himself|myself|themselves|(?:her|his|my) (?:finger|hand|thumb))',
      '(?:jabbed|pricked|stuck) (?:with|by) (?:a|the) (?:used )?needle',
      "(?:splash(?:ed|es)?|sprayed|squirted|spilled|spilt)(?:[\\s,]+[\\w'-]+){0,4} (?:in|into|on) (?:her|his|my|their|the [\\w'-]+|the) (?:eyes?|face|skin|hands?|mouth)",
      "inhaled(?: [\\w']+){0,3} (?:powder|dust|aerosol|fumes|spray|vapou?r)",
      'exposed (?:to it )?(?:at work|while)',
      "got (?:the |some )?(?:[\\w'-]+ ){0,2}(?:solution|powder|drug|liquid|cream|medicine|spray)(?: [\\w'-]+)? (?:on|in|into) (?:her|his|my|their) (?:bare )?(?:skin|hands?|eyes?|face)",
      'cut (?:herself|himself|myself) on (?:a |the )?(?:broken )?(?:ampoule|vial|glass)',
    ]),
    { requires: occupationalContext },
  ),
];
