import type { FramingCues } from './types';

const person =
  "(?:i|i've|i'd|she|she's|he|he's|we|we've|they|they've|patient|it|pen|device|vial|tablets?|pills?|box|pack)";
const pastEvent =
  '(?:took|taken|had|got|gotten|developed|started|was|were|been|became|came|went|swallowed|injected|used|received|noticed|experienced|ended|bought|broke|jammed|leaked|stopped|passed|fainted|collapsed|vomited|reacted|felt|said|told)';

export const englishCues: FramingCues = {
  scope:
    /\b(?:no|not|never|without|none|nothing|neither|nor|denie[sd]|deny|denying|cannot|free of|absence of|negative for|if|whether|in case|in the event|risk of|avoid|avoiding|prevent|preventing|(?:may|might|could|can|would) (?:cause|lead to|trigger))\b|\b\w+n't\b/g,
  pseudoScope:
    /\bno,|\bnot (?:only|just|sure|certain)\b|\bno (?:longer|doubt|idea)\b|\b(?:don't|do not|dont|didn't|did not) know (?:if|whether)\b|\b(?:not sure|unsure|wondering) (?:if|whether)\b|\bwithout (?:telling|asking|consulting|checking|realising|realizing|knowing|a prescription)\b/g,
  clauseBreak: /\b(?:but|however|although|though|except|whereas|because|when|then|and then|now)\b/g,
  interrogativeOpener:
    /^(?:what|which|how|why|who|whose|is (?:there|it|this|that)|are (?:there|they|these)|can (?:i|you|it|she|he|we|they|a|an|the|patients?|one|this|these)|could (?:you|it|i|she|he|this)|does|do (?:you|they|patients|we|i)|should|may (?:i|we|she|he|patients)|will|would)\b/,
  informationRequest:
    /\b(?:(?:want|wanted|need|needed|would like|'d like|like) to (?:know|ask|find out|learn|understand|check)|i(?:'d| would) like (?:some |more |the )?(?:information|info|data|details)|i (?:want|wanted|need|needed) (?:some )?(?:information|info|data)|(?:please|could you|can you|would you) (?:send|provide|share|tell|give|email)|(?:information|info|data|literature|studies|publications|evidence|references?) (?:on|about|regarding|concerning)|looking for (?:information|data|literature|evidence)|(?:a )?(?:question|enquiry|inquiry|query) (?:about|on|regarding)|wondering (?:if|whether|about|what|how))\b/,
  experience: new RegExp(
    [
      `\\b${person} (?:has |have |had )?(?:just |then |also |accidentally |already |suddenly |only )?${pastEvent}\\b`,
      "\\b(?:i'm|i am|she's|she is|my wife is|my partner is|my girlfriend is) (?:\\w+ )?(?:weeks? )?pregnant\\b",
      '\\bafter (?:taking|starting|using|injecting|(?:the|her|his|my) (?:first|second|third|fourth|last|latest|next|\\w+) (?:dose|injection|infusion|tablet|shot|jab))\\b',
      '\\b(?:ever )?since (?:starting|taking|she|he|i|the)\\b',
      '\\b(?:yesterday|last (?:week|night|month)|this morning|\\w+ (?:days|weeks|hours) ago)\\b',
    ].join('|'),
  ),
  dataReference:
    /\b(?:trials?|stud(?:y|ies)|data|incidence|frequency|percentage|proportion|rates?|reported|label|smpc|spc|literature|published|pivotal|phase (?:[1-4]|i{1,3}|iv))\b/,
  personalReference:
    /\b(?:my|our) (?:(?:\d+|\w+)[- ]year[- ]old )?(?:patient|son|daughter|child|kid|baby|wife|husband|partner|mother|mum|mom|father|dad|sister|brother|friend|grandmother|grandfather|grandson|granddaughter|client|resident)s?\b/,
  stopwords: [
    'the',
    'and',
    'she',
    'he',
    'it',
    'was',
    'had',
    'with',
    'after',
    'my',
    'is',
    'of',
    'to',
    'i',
    'took',
    'her',
    'his',
    'this',
    'in',
    'got',
  ],
};
