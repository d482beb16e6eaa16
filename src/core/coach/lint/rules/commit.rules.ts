import { COMMIT, TIME } from '../lexicon.ts';
import { anyOf, guard, type LintRule } from '../lint-rule.types.ts';

// Contact details an agent can leave: a phone number, an extension or an e-mail address.
const CONTACT = String.raw`(?:\+?\d[\d ().-]{5,}\d|\b(?:ext|extension|x)\.?\s*\d{2,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bdirect (?:line|number|extension|dial|email)\b)`;

// Capitalised words that follow "I'm" without being a name.
const NOT_A_NAME = String.raw`(?:Sorry|So|Not|Going|Here|Happy|Afraid|Glad|Really|Very|Just|Still|Also|Able|Unable|Sure|Certain|Confident|Looking|Checking|Calling|Sending|Taking|Making|Booking|Moving|Able|Afraid|Pulling|Reopening|Ringing|Emailing|Contacting|On|In|At|With|The|A|An|Your|Sir|Ma'am|Madam|Very|Personally|Truly|Deeply|Terribly|Now|Today|Always|Never)`;

/** F1 concrete next step with a time, F3 the agent's name and number. */
export const COMMIT_RULES = [
  {
    id: 'next-step-with-time',
    label: 'concrete_next_step_with_time',
    pattern: anyOf(
      String.raw`${COMMIT}[^.!?]{0,90}?(?:\b|(?<=\s))${TIME}`,
      String.raw`\b${TIME}[^.!?]{0,60}?${COMMIT}`,
    ),
    notInSentence: guard(
      String.raw`\b(?:see if|see whether|check if|check whether|would you|could you|can you|do you want|if you(?:'d| would) like)\b|\?\s*$`,
    ),
  },
  {
    id: 'name-and-number',
    label: 'name_and_number',
    pattern: new RegExp(
      String.raw`\b(?:[Mm]y name(?:'s| is)|I'm|I am|[Tt]his is|[Ii]t's)\s+(?!${NOT_A_NAME}\b)[A-Z][a-z\u00C0-\u017F]+(?:\s+[A-Z][a-z\u00C0-\u017F]+)?`,
      'g',
    ),
    inReply: guard(CONTACT),
  },
] as const satisfies readonly LintRule[];
