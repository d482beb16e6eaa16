/** Word lists for directed abuse (B1–B3). Profanity itself comes from the `obscenity` library; these are insults and threats. */

// Nouns and adjectives that insult a person when aimed at them ("you idiot", "you're useless").
export const INSULT_WORDS = [
  'idiot',
  'idiots',
  'moron',
  'morons',
  'imbecile',
  'imbeciles',
  'stupid',
  'dumb',
  'dumbass',
  'dumbasses',
  'brainless',
  'brain-dead',
  'braindead',
  'clown',
  'clowns',
  'fool',
  'fools',
  'loser',
  'losers',
  'jerk',
  'jerks',
  'parasite',
  'parasites',
  'monkey',
  'monkeys',
  'parrot',
  'pathetic',
  'worthless',
  'useless',
  'incompetent',
  'incompetents',
  'amateur',
  'amateurs',
  'halfwit',
  'dimwit',
  'numpty',
  'scum',
  'scumbag',
  'scumbags',
  'bitch',
  'bitches',
  'prick',
  'pricks',
  'asshole',
  'assholes',
  'arsehole',
  'bastard',
  'bastards',
  'cunt',
  'twat',
  'dickhead',
  'thieves',
  'crooks',
  'scammers',
  'liar',
  'liars',
  'retard',
  'retarded',
  'ignorant',
  'smug',
  'vermin',
  'subhuman',
  'garbage',
  'trash',
  'cretin',
  'cretins',
  'buffoon',
  'buffoons',
  'muppet',
  'muppets',
  'donkey',
  // British and everyday ones: "are you thick?", "you jobsworth", "a lying little scammer".
  'thick',
  'dense',
  'daft',
  'clueless',
  'scammer',
  'jobsworth',
  'jobsworths',
  'crook',
  'thief',
  'plank',
  'tosser',
  'prat',
  'pillock',
  'dunce',
  'dolt',
  'numpties',
  'halfwits',
  'dimwits',
] as const;

// Phrases that are abusive on their own when aimed at someone.
export const DIRECTED_PHRASES = [
  String.raw`(?:f[*\w]{0,4}k|screw|damn|to hell with)\s+(?:you|u|ya|your\s+\w+)`,
  String.raw`go\s+to\s+hell`,
  String.raw`shut\s+(?:the\s+\S+\s+)?up`,
  String.raw`i\s+hope\s+(?:you|u)\s+(?:lose|get\s+fired|die|rot|suffer)`,
  String.raw`(?:eat|kiss)\s+(?:my|a)\s+\S+`,
] as const;

// Threats of harm to the agent (not "I'll take my business elsewhere" or "I'll sue", which are not abuse).
export const THREAT_PATTERNS = [
  String.raw`i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+am\s+gonna|'m\s+gonna)\s+(?:find|hunt|come\s+(?:down\s+)?(?:there|after)|hurt|kill|beat|smash|punch|break)\b[^.!?]{0,30}`,
  String.raw`(?:watch|better\s+watch)\s+your\s+back`,
  String.raw`i\s+know\s+where\s+(?:you|u)\s+(?:live|work)`,
  String.raw`(?:you|u)(?:'ll|\s+will)\s+(?:regret|pay\s+for)\s+(?:this|it)`,
  String.raw`(?:burn|blow)\s+(?:the\s+place|your\s+\w+)\s+(?:down|up)`,
  // "I'll come down to your depot, put a brick through your window and come looking for you"
  String.raw`(?:come|coming)\s+looking\s+for\s+(?:you|u)`,
  String.raw`(?:put|throw|chuck)\s+a\s+(?:brick|rock|stone)\s+through`,
] as const;

// Cheap gates before the (slower) obscenity matcher: common stems and leetspeak, and masked words ("f***")
// only when a masking character is present at all.
export const PROFANITY_GATE =
  /f[\W_]?u[\W_]?c[\W_]?k|fck|sh[i1!]t|b[i1!]tch|cunt|d[i1!]ck|cock|puss|\ba[s$]{2}|\barse|bastard|whore|slut|pr[i1]ck|twat|wank|piss/i;
export const MASK_CHARACTERS = /[*@$#]/;
// With a masking character present, stems the library's leetspeak transformers read ("@ss", "$hit", "c0ck").
export const LEET_GATE =
  /[@4][s$5]{2}|[$5]h[i1!*]t|c[o0*]ck|d[i1!*]ck|f[\W_]*[u*][\W_]*c[\W_]*k|b[i1!*]tch|p[i1!*]ss|wh[o0*]re|sl[u*]t|tw[a@*]t|c[u*]nt/i;
export const MASKED_GATE = /[a-z][*@$#]+[a-z]*|\b[a-z]\*+/i;

// Masked profanity the library cannot see ("f***ing", "b*tch", "pr*ck").
export const MASKED_PROFANITY = /\b[a-z]{1,3}\*{1,4}[a-z]{0,6}\b|\b[a-z]\*+(?=\W|$)/gi;
