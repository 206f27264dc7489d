import { anyOf, followedBy, gap, precededBy, specialSituation } from './pattern';
import { infectionContext } from './context-vocabulary';
import { deviceBefore, otherSubstances } from './shared-vocabulary';
import type { ScreeningRule } from './types';

/**
 * English special situations (GVP VI.B.6) other than those of use: pregnancy, breastfeeding,
 * lack of efficacy, drug interaction, suspected counterfeit and infection transmission.
 */

export const englishSituationRules: readonly ScreeningRule[] = [
  specialSituation(
    'pregnancy',
    anyOf([
      'pregnan(?:t|cy|cies)',
      'expecting (?:a baby|twins)',
      "(?:she's|she is|i'm|i am|we're|we are|wife is|partner is|girlfriend is) (?:now )?expecting",
      'conceived',
      '(?:first|second|third) trimester',
      'baby on the way',
      "(?:we're|we are|she's|she is|i'm|i am) having a baby",
    ]),
  ),
  specialSituation(
    'breastfeeding',
    anyOf([
      'breast[- ]?fe(?:d|eding|eds)',
      'breast[- ]?feed(?:ing|s)?',
      'lactating',
      'lactation',
      'breast ?milk',
      'nursing (?:her|my|the|a|his|their) (?:baby|infant|son|daughter|newborn|child)',
      "(?:i'm|i am|she's|she is|still) nursing",
      '(?:express(?:es|ed|ing)?|pump(?:s|ed|ing)?) (?:her |my )?(?:breast ?)?milk',
      '(?:feeding|feeds|fed) (?:her|my|the) (?:baby|newborn|infant|son|daughter) (?:herself|myself|at the breast|on the breast)',
      '(?:at|on) the breast',
    ]),
  ),
  specialSituation(
    'lack-of-efficacy',
    anyOf([
      "(?:didn't|did not|doesn't|does not|don't|isn't|is not|wasn't|was not|aren't|hasn't|has not|haven't|never) (?:\\w+ )?(?:work|working|worked|help|helping|helped|do anything|done anything|make (?:a|any) difference|made (?:a|any) difference)",
      'no longer (?:work\\w*|help\\w*|effective|controls?|controlling)',
      'stopped (?:working|helping|having (?:an|any) effect)',
      'not (?:working|helping|effective)',
      '(?:had|has|have|with|showed|shows) no (?:effect|benefit|improvement|response)',
      'no (?:effect|improvement|benefit|response) (?:at all|whatsoever)',
      'ineffective',
      'lack of (?:efficacy|effect|response)',
      'wore off',
      'wears off',
      'wearing off',
      "(?:didn't|did not|doesn't|failed to) respond",
      'no better',
      'treatment failure',
      'failed to (?:work|control|prevent|lower|reduce)',
      '(?:migraines|seizures|symptoms|pain|headaches|attacks|fits|flares?) (?:are|is|have|has|came|come) (?:all )?back',
      '(?:symptoms|pain|seizures) returned',
      "(?:seizures|migraines|symptoms|pain|headaches|attacks|fits|flares?|rash|eczema|blood pressure|blood sugar|sugar levels?|cholesterol|levels?|inr|hba1c|viral load)(?: [\\w']+){0,2} (?:haven't|hasn't|have not|has not|didn't|did not|never|isn't|is not|wasn't|aren't|not) (?:really |even )?(?:improved?|got(?:ten)? better|changed|gone down|come down|dropped|budged|moved|settled|responded)",
      "(?:haven't|hasn't|have not|has not) (?:really )?improved",
      '(?:made|makes|making) no difference',
      'nothing (?:has )?(?:helped|changed|worked)',
      'still (?:has|having|getting|gets|had) (?:\\w+ )?(?:seizures|migraines|attacks|fits|flares|symptoms|pain)',
      'despite (?:the |taking |using |being on |\\w+ (?:weeks|months) of )?(?:treatment|tablets|injections|medication|it)',
      "(?:cholesterol|blood pressure|blood sugar|sugars?|levels?|inr|hba1c|weight|pain|seizures|symptoms)(?: [\\w']+){0,2} (?:is|are|was|were|stayed|stays|remains?|remained) (?:\\w+ )?(?:where (?:it|they) (?:was|were)|the same|unchanged|as (?:high|bad|frequent) as)",
    ]),
    { excludedBefore: deviceBefore },
  ),
  specialSituation('drug-interaction', anyOf(['interact(?:ion|ions|ed|ing)', 'drug[- ]drug'])),
  specialSituation('drug-interaction', otherSubstances, {
    before: precededBy([
      '(?:mix|mixed|mixes|mixing|combin(?:e|ed|es|ing))(?: it| them| this| these)? with (?:\\w+ ){0,2}',
      '(?:while|whilst|when) (?:also |already |still )?(?:on|taking|using) ',
      '(?:on top of|as well as|in addition to|together with|alongside|along with) (?:his |her |their |my )?',
      '(?:took|taken|takes|taking|drank|drinking|drinks|had|given|gave)(?: it| them)?(?: together)? with (?:(?:some|a|his|her|their|my|the|few|lots of|glasses? of|a couple of) ){0,3}',
      '(?:also|as well) (?:taking|on|takes) ',
      '(?:started|began|was put on|has been put on|been started on|also started)(?: on)? ',
    ]),
  }),
  specialSituation('drug-interaction', otherSubstances, {
    after: followedBy([
      "(?: [\\w']+){0,4} with (?:it|them|the (?:tablets?|injections?|medication|medicine)|(?:his|her|my|this) (?:tablets?|injections?|medication|medicine|dose))",
    ]),
  }),
  specialSituation(
    'counterfeit',
    anyOf([
      'fakes?',
      'counterfeits?',
      'falsified',
      'not (?:genuine|authentic|the real (?:thing|one|product))',
      "(?:isn't|wasn't|aren't|weren't) (?:genuine|authentic|real|the real)",
      'knock[- ]?offs?',
      'forged',
      'bogus',
      'imitation',
      "(?:don't|doesn't|didn't|do not|does not|did not) look (?:like )?(?:the )?(?:real|genuine|original|authentic)",
      'not (?:the )?(?:real|genuine|original) (?:ones?|thing|product|packs?)',
      "(?:hologram|security (?:seal|feature|code|strip)|serial number|batch number|lot number|verification code|2d code|data ?matrix)(?: [\\w']+){0,3} (?:is |was )?(?:missing|absent|doesn't exist|does not exist|not recogni[sz]ed|invalid)",
    ]),
  ),
  specialSituation(
    'infection-transmission',
    anyOf([
      `(?:infections?|infected|sepsis|septic|hepatitis(?: [abc])?|hep [abc]|hiv|bacteri\\w*|virus|prion|cjd)${gap(5)}(?:from|via|through|by|after|following|caused by|due to|transmitted by|came from)${gap(3)}(?:products?|batch|lot|vials?|infusion|injection|transfusion|plasma|blood|vaccines?|syringes?|medicine|drug|bottle)`,
      'transmi(?:ssion|tted) of (?:an? )?(?:infect\\w*|virus|viral|bacteri\\w*|pathogen|prion|agent)',
      "(?:after|following|since) (?:the |a |his |her )?(?:transfusion|infusion|plasma|blood product)(?: [\\w'-]+){0,6} (?:tested positive|seroconverted|infected|infection|sepsis|hepatitis|hiv)",
    ]),
  ),
  specialSituation('infection-transmission', anyOf(['contaminated', 'tainted']), {
    requires: infectionContext,
  }),
];
