/** Shared vocabulary (regex source fragments) that several rule tables build on. */

/** Words that condemn a person, team or product. */
export const DISPARAGE = String.raw`(?:useless|a (?:mess|joke|shambles|disaster|nightmare|scam)|shambles|hopeless|incompetent|clueless|lazy|laziest|sloppy|rude|rudest|terrible|awful|horrible|pathetic|ridiculous|embarrassing|garbage|rubbish|the worst|always (?:late|behind|wrong|messing)|weeks behind|never (?:bother|get|do|answer|update|listen|show|reply|call)|can't get anything right|(?:don't|doesn't) know what (?:they're|he's|she's) (?:talking about|doing)|(?:has|have) no (?:idea|clue)|makes? mistakes|screw(?:s|ed)? (?:up|things up)|mess(?:es|ed)? (?:up|things up)|(?:a )?waste of time|only care about|without testing|drop (?:these|things|the ball) all the time|notoriously|crooks|idiots|amateurs|(?:pretty|really) (?:rough|bad)|a bunch of)`;

/** People and units inside or around the company that an agent might blame. */
export const THIRD_PARTY_NOUN = String.raw`(?:department|dept|office|team|crews?|staff|shift|agents?|reps?|representatives?|colleagues?|co-?workers?|managers?|management|supervisors?|contractors?|vendors?|suppliers?|couriers?|drivers?|technicians?|techs?|engineers?|underwriters?|warehouse|billing|bursar|folks|people|guys?|HQ|head office|corporate|bot|developers?|devs|IT|legal|accounting|partners?|carriers?|owners?|landlord|admins?|finance|group|clerks?|agency|installers?|night shift|day shift|dispatch|store|branch|mailroom)`;

/** "the/our X" naming a third party, with up to three modifiers. */
export const THIRD_PARTY = String.raw`\b(?:the|our|that|those|their|this|your)\s+(?:[\w'-]+\s+){0,3}?${THIRD_PARTY_NOUN}\b`;

/** Feelings whose naming shows the agent understands why the customer is upset. */
export const EMOTION = String.raw`(?:frustrat(?:ing|ed|ion)|maddening|exhausting|stressful|frightening|scary|upsetting|worrying|alarming|infuriating|exasperating|tedious|nerve-?(?:w)?racking|terrifying|distressing|disheartening|disappointing|aggravating|unsettling|startling|overwhelming|heartbreaking|dangerous|worried|scared|alarmed|anxious|upset|angry|furious|livid)`;

const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const NUMBER = String.raw`(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty-?eight|a few|a couple of)`;
const CLOCK = String.raw`\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|o'clock)?`;

/** A concrete time or deadline ("by 5 pm", "within 48 hours", "on Thursday", "tomorrow"). */
export const TIME = String.raw`(?:within\s+(?:the\s+(?:next\s+)?)?(?:${NUMBER}\s*(?:(?:-|to)\s*\d+\s*)?)?(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|the hour|the day|24h)|in\s+(?:about\s+|around\s+|roughly\s+)?${NUMBER}\s*(?:(?:-|to)\s*\d+\s*)?(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?)|by\s+(?:${CLOCK}|noon|midday|midnight|tonight|tomorrow|today|end of (?:the )?(?:day|week|business)|EOD|COB|close of business|(?:this |next )?(?:${DAY}|week|month)|the \d{1,2}(?:st|nd|rd|th))|\b(?:today|tonight|tomorrow|this (?:afternoon|evening|morning|week))\b|\b(?:on\s+)?(?:next\s+)?${DAY}\b|\bat\s+\d{1,2}(?::\d\d)?\b|\bbetween\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s+and\s+\d{1,2}|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\b\d+\s*(?:-|to)\s*\d+\s+(?:business|working)\s+days)`;

/** A commitment: someone will do something, or something has been set in motion. */
export const COMMIT = String.raw`\b(?:I'll|I will|I'm going to|I am going to|we'll|we will|we're going to|it'll|it will|you'll|you will|they'll|they will|(?:he|she)'ll|will be|will arrive|(?:is|are) on (?:its|their|the) way|expect (?:it|a|an|the|to)|you should (?:see|receive|get|hear)|I've (?:booked|scheduled|arranged|escalated|issued|refunded|reversed|set up|sent|ordered|requested|put in|flagged|restarted|asked)|I have (?:booked|scheduled|arranged|escalated|issued)|I'm (?:sending|booking|scheduling|arranging|pulling|reopening|contacting|escalating|moving|having|calling|ringing|emailing)|(?:is|are) (?:booked|scheduled) for)`;
