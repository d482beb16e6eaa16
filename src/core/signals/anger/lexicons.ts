import { hashString } from './hash.ts';

/** Words that flip the meaning of the next few words ("not happy" is not happy). */
export const NEGATORS = [
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'nor', 'neither', 'cannot', 'without', 'hardly',
  "don't", 'dont', "can't", 'cant', "won't", 'wont', "didn't", 'didnt', "doesn't", 'doesnt', "isn't", 'isnt',
  "aren't", 'arent', "wasn't", 'wasnt', "weren't", 'werent', "haven't", 'havent', "hasn't", 'hasnt',
  "shouldn't", 'shouldnt', "wouldn't", 'wouldnt', "couldn't", 'couldnt', "ain't", 'aint',
] as const;

/** Strong profanity and slurs-at-people: an intensity cue for the 'furious' level (B1). */
export const PROFANITY = [
  'fuck', 'fucking', 'fucked', 'fucker', 'fuckers', 'fuckin', 'fck', 'fk', 'fkn', 'fucks', 'motherfucker',
  'motherfuckers', 'fuckface', 'fuckwit', 'shit', 'shitty', 'bullshit', 'shits', 'shithead', 'shitting',
  'bitch', 'bitches', 'bitching', 'bastard', 'bastards', 'asshole', 'assholes', 'dick', 'dickhead', 'dicks',
  'cunt', 'cunts', 'piss', 'pissed', 'wanker', 'wankers', 'twat', 'prick', 'pricks', 'douche', 'douchebag',
  'wtf', 'stfu', 'gtfo', 'goddamn', 'goddamnit',
] as const;

/** Name-calling: aimed at people, the strongest single cue for 'furious'. */
export const INSULTS = [
  'moron', 'morons', 'idiot', 'idiots', 'idiotic', 'retard', 'retarded', 'scum', 'scumbag', 'scumbags', 'clown',
  'clowns', 'loser', 'losers', 'imbecile', 'imbeciles', 'incompetent', 'pathetic', 'thieves', 'crooks', 'liars',
  'jerk', 'jerks', 'dumbass', 'dipshit',
] as const;

/** Threats and escalations: lawyers, regulators, public shaming, leaving (an intensity cue for 'furious'). */
export const THREATS = [
  'sue', 'suing', 'lawsuit', 'lawyer', 'lawyers', 'attorney', 'court', 'bbb', 'fcc', 'ombudsman', 'chargeback',
] as const;

/** Word hashes as the feature scanner computes them (lowercase, ’ read as '). */
export const toHashSet = (words: readonly string[]): ReadonlySet<number> => new Set(words.map((w) => hashString(w)));

export const NEGATOR_HASHES = toHashSet(NEGATORS);
export const PROFANITY_HASHES = toHashSet(PROFANITY);
export const INSULT_HASHES = toHashSet(INSULTS);
export const THREAT_HASHES = toHashSet(THREATS);
