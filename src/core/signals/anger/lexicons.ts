import { combineHash, hashString } from './hash.ts';

/** Words that flip the meaning of the next few words ("not happy" is not happy). */
export const NEGATORS = [
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'nor',
  'neither',
  'cannot',
  'without',
  'hardly',
  "don't",
  'dont',
  "can't",
  'cant',
  "won't",
  'wont',
  "didn't",
  'didnt',
  "doesn't",
  'doesnt',
  "isn't",
  'isnt',
  "aren't",
  'arent',
  "wasn't",
  'wasnt',
  "weren't",
  'werent',
  "haven't",
  'havent',
  "hasn't",
  'hasnt',
  "shouldn't",
  'shouldnt',
  "wouldn't",
  'wouldnt',
  "couldn't",
  'couldnt',
  "ain't",
  'aint',
] as const;

/** Strong profanity and slurs-at-people: an intensity cue for the 'furious' level (B1). */
export const PROFANITY = [
  'fuck',
  'fucking',
  'fucked',
  'fucker',
  'fuckers',
  'fuckin',
  'fck',
  'fk',
  'fkn',
  'fucks',
  'motherfucker',
  'motherfuckers',
  'fuckface',
  'fuckwit',
  'shit',
  'shitty',
  'bullshit',
  'shits',
  'shithead',
  'shitting',
  'bitch',
  'bitches',
  'bitching',
  'bastard',
  'bastards',
  'asshole',
  'assholes',
  'dick',
  'dickhead',
  'dicks',
  'cunt',
  'cunts',
  'piss',
  'pissed',
  'wanker',
  'wankers',
  'twat',
  'prick',
  'pricks',
  'douche',
  'douchebag',
  'wtf',
  'stfu',
  'gtfo',
  'goddamn',
  'goddamnit',
] as const;

/** Name-calling: aimed at people, the strongest single cue for 'furious'. */
export const INSULTS = [
  'moron',
  'morons',
  'idiot',
  'idiots',
  'idiotic',
  'retard',
  'retarded',
  'scum',
  'scumbag',
  'scumbags',
  'clown',
  'clowns',
  'loser',
  'losers',
  'imbecile',
  'imbeciles',
  'incompetent',
  'pathetic',
  'thieves',
  'crooks',
  'liars',
  'jerk',
  'jerks',
  'dumbass',
  'dipshit',
] as const;

/** Threats and escalations: lawyers, regulators, public shaming, leaving (an intensity cue for 'furious'). */
export const THREATS = [
  'sue',
  'suing',
  'lawsuit',
  'lawyer',
  'lawyers',
  'attorney',
  'court',
  'bbb',
  'fcc',
  'ombudsman',
  'chargeback',
] as const;

/**
 * Cue families the scanner counts with one table lookup per word and one per word pair (each family has table tests in
 * features.test.ts). They feed the network as shared features and the calibrated reading as named inputs.
 */
export const FAMILY = {
  negator: 1,
  profanity: 1 << 1,
  insult: 1 << 2,
  /** Lawyers, regulators, chargebacks. */
  legal: 1 << 3,
  /** Threats to cancel, leave or switch. */
  leave: 1 << 4,
  /** Contempt for the company or its people ("you people", "a joke", "clowns"). */
  contempt: 1 << 5,
  /** Praise words used as blame ("great job", "thanks for nothing", "yeah right"). */
  sarcasm: 1 << 6,
  /** Repeat contact and recurrence ("again", "third time", "still"). */
  repeat: 1 << 7,
  /** Waiting ("hours", "still waiting", "weeks"). */
  waiting: 1 << 8,
  /** Hedges that soften a complaint ("a bit", "slightly", "no rush"). */
  hedge: 1 << 9,
  /** Thanks and please. */
  polite: 1 << 10,
  /** Second person: the target of directed name-calling. */
  you: 1 << 11,
  /** Function words and common support words distinctive of English (language check). */
  english: 1 << 12,
  /** Function words of other Latin-script languages (Spanish, French, German, Italian, Portuguese, Dutch, Tagalog, Indonesian, …). */
  foreign: 1 << 13,
  /** Hostile judgements ("ridiculous", "unacceptable", "scam", "worst"). */
  hostile: 1 << 14,
  /** Hindi written in Latin letters (Hinglish): a language franc's profiles do not cover. */
  romanHindi: 1 << 15,
  /** Not a family: marks words that open a FAMILY_PAIRS pair, so the scanner looks pairs up only after them. */
  pairStart: 1 << 16,
  /** Not a family: a word that opens a FAILURE_FORMS phrase, so the scanner looks the phrase trie up only after it. */
  failureStart: 1 << 17,
  /** Not a family: a word of FAILURE_CANCEL. */
  failureCancel: 1 << 18,
  /**
   * Praise words that are sarcasm only some of the time ("sure", "lovely", "cheers", "wow"): counted as sarcasm alone by
   * older weights; with `tweetCues` only inside a sarcasm pair ("oh sure", "just lovely"), since genuine thanks and "make
   * sure" use the same words far more often in support tweets.
   */
  sarcasmLoose: 1 << 19,
  /** Not a family: a TWEET_WORDS word, counted in its family only by models trained with tweet cues. */
  tweetOnly: 1 << 20,
  /** Not a family: a TWEET_PAIRS_2 pair, counted only by models trained with the second tweet cues (tweetCues2). */
  tweetOnly2: 1 << 21,
  /**
   * Not a family: a word or pair of TWEET_LOOSE_2, whose cue families count only for models trained without the second
   * tweet cues ("leaving" Heathrow, "every" show, "can't wait", "a lot of", "on our way to").
   */
  notTweet2: 1 << 22,
  /** Not a family: a word that opens a TWEET_PAIRS_2 pair (ignored, with its pairs, by models without tweetCues2). */
  pairStart2: 1 << 23,
  /**
   * Dismay (the third tweet cues, FeatureOptions.tweetCues3; ignored by older weights): the customer's disappointment or
   * frustration said in a word ("disappointed", "frustrating", "unhelpful"), a complaint without hostility (annoyed by LABELS.md).
   */
  dismay: 1 << 24,
} as const;
export type Family = keyof typeof FAMILY;

export const FAMILY_WORDS: Readonly<Partial<Record<Family, readonly string[]>>> = {
  legal: [...THREATS, 'lawyers', 'solicitor', 'ombudsman', 'regulator', 'ofcom', 'ftc', 'attorney', 'legal', 'dispute'],
  leave: [
    'cancel',
    'cancelling',
    'canceling',
    'cancellation',
    'switching',
    'unsubscribe',
    'leaving',
    'competitor',
    'competitors',
    'elsewhere',
    'boycott',
    'closing',
  ],
  contempt: [
    'joke',
    'jokes',
    'clowns',
    'clown',
    'circus',
    'shambles',
    'pathetic',
    'laughable',
    'disgrace',
    'amateurs',
    'amateur',
    'incompetent',
    'incompetence',
    'useless',
    'hopeless',
    'clueless',
    'morons',
    'idiots',
    'shameful',
    'embarrassing',
  ],
  sarcasm: ['bravo', 'genius', 'shocker', 'smh'],
  sarcasmLoose: ['wow', 'fantastic', 'wonderful', 'brilliant', 'lovely', 'cheers', 'sure'],
  repeat: [
    'again',
    'still',
    'third',
    'fourth',
    'fifth',
    '3rd',
    '4th',
    '5th',
    'twice',
    'repeatedly',
    'yet',
    'already',
    'constantly',
    'every',
  ],
  waiting: [
    'waiting',
    'waited',
    'wait',
    'hours',
    'days',
    'weeks',
    'months',
    'forever',
    'ages',
    'delayed',
    'delay',
    'overdue',
  ],
  hedge: [
    'bit',
    'slightly',
    'somewhat',
    'kinda',
    'minor',
    'perhaps',
    'possibly',
    'hopefully',
    'maybe',
    'wondering',
    'mildly',
    'little',
    'tad',
  ],
  polite: ['thanks', 'thank', 'thx', 'ty', 'please', 'pls', 'plz', 'appreciate', 'appreciated', 'kindly', 'grateful'],
  you: ['you', 'your', "you're", 'youre', 'u', 'ya', "y'all", 'yall', 'you’re', 'yours', 'ur'],
  hostile: [
    'ridiculous',
    'unacceptable',
    'outrageous',
    'disgusting',
    'disgraceful',
    'appalling',
    'absurd',
    'insane',
    'worst',
    'sucks',
    'suck',
    'terrible',
    'horrible',
    'awful',
    'scam',
    'scammed',
    'scammers',
    'robbed',
    'robbery',
    'stealing',
    'stole',
    'lied',
    'lying',
    'liars',
    'lies',
    'furious',
    'livid',
    'angry',
    'fuming',
    'infuriating',
    'infuriated',
    'outraged',
    'enraged',
    'sick',
    'fed',
    'unbelievable',
    'rubbish',
    'garbage',
    'trash',
    'crap',
    'crappy',
    'damn',
    'hell',
    'bs',
    'horrendous',
    'atrocious',
    'abysmal',
    'fraud',
    'ripoff',
    'shocking',
    'unreal',
  ],
  english: [
    'the',
    'and',
    'you',
    'your',
    'my',
    'it',
    'to',
    'of',
    'for',
    'this',
    'that',
    'with',
    'have',
    'has',
    'are',
    'be',
    'not',
    'what',
    'why',
    'how',
    'when',
    'where',
    'can',
    'just',
    'get',
    'got',
    'been',
    'still',
    'again',
    'i',
    "i'm",
    'im',
    "it's",
    'its',
    "don't",
    'dont',
    "can't",
    'cant',
    'we',
    'our',
    'they',
    'them',
    'there',
    'from',
    'would',
    'could',
    'should',
    'at',
    'or',
    'but',
    'if',
    'do',
    'did',
    'does',
    'yes',
    'hi',
    'hello',
    'thanks',
    'thank',
    'please',
    'any',
    'all',
    'some',
    'one',
    'now',
    'up',
    'out',
    'about',
    'after',
    'today',
    'order',
    'account',
    'service',
    'help',
    'phone',
    'refund',
    'money',
    'customer',
    'back',
    'never',
    'ever',
    'worst',
    'waiting',
    'week',
    'ridiculous',
    "you're",
    "he's",
    "she's",
    "let's",
    "that's",
    "i've",
    "i'll",
    "didn't",
    "doesn't",
    "isn't",
    "won't",
    'gonna',
    'lol',
    'those',
    'these',
    'were',
    'more',
    'even',
    'too',
    'new',
    'next',
    'time',
    'try',
    'him',
    'he',
    'she',
    'her',
    'his',
    'because',
    'let',
    'go',
    'happy',
    'such',
    'nice',
    'great',
    'make',
    'really',
    'like',
    'good',
    'love',
    'know',
    'think',
    'people',
    'thing',
    'going',
    'want',
    'need',
    'year',
    'much',
    'very',
    'better',
    'who',
    'which',
    'than',
    'then',
    'only',
    'by',
    'off',
    'over',
    'yet',
    'here',
    'way',
    'well',
    'off',
    'day',
    'days',
    'best',
    'bad',
    'sorry',
    'same',
    'last',
    'first',
    'made',
    'said',
    'say',
    'see',
    'look',
    'being',
    'had',
    'yeah',
    'guys',
    'everyone',
    'something',
    'nothing',
    'anything',
    'every',
  ],
  romanHindi: [
    'yeh',
    'kya',
    'hai',
    'hain',
    'nahi',
    'nahin',
    'aur',
    'koi',
    'kar',
    'raha',
    'rahi',
    'hoon',
    'bhai',
    'mera',
    'meri',
    'jagah',
    'ek',
    'baar',
    'phir',
    'bhi',
    'tha',
    'thi',
    'aapka',
    'aapki',
    'chahiye',
    'abhi',
    'karo',
    'hua',
    'mujhe',
    'kyun',
    'kab',
    'gaya',
    'diya',
    'yaar',
    'bakwaas',
    'paisa',
    'paise',
    'kuch',
    'bahut',
    'teesri',
    'dusri',
    'pichle',
    'mahine',
    'ho',
    'ke',
    'ka',
    'ko',
    'se',
    'ki',
    // Urdu in Latin letters shares most of these; a few of its own
    'shukriya',
    'bohat',
    'acha',
    'achha',
    'waqt',
    'pe',
    'khana',
  ],
  foreign: [
    // Spanish
    'el',
    'la',
    'los',
    'las',
    'que',
    'del',
    'por',
    'para',
    'con',
    'una',
    'es',
    'está',
    'pero',
    'muy',
    'mis',
    'hace',
    'tengo',
    'nadie',
    'nada',
    'gracias',
    'hola',
    'porque',
    'cuando',
    'sin',
    'servicio',
    'pedido',
    'dinero',
    'ningún',
    'también',
    'llevo',
    // French
    'le',
    'les',
    'des',
    'est',
    'et',
    'je',
    'vous',
    'nous',
    'pas',
    'une',
    'mon',
    'ma',
    'mes',
    'pour',
    'avec',
    'sur',
    'dans',
    'très',
    'merci',
    'bonjour',
    'toujours',
    'depuis',
    'rien',
    "c'est",
    "j'ai",
    'qui',
    'votre',
    'commande',
    'jamais',
    // German
    'der',
    'das',
    'und',
    'ich',
    'nicht',
    'ist',
    'ein',
    'eine',
    'mit',
    'auf',
    'für',
    'seit',
    'mein',
    'meine',
    'wir',
    'noch',
    'kein',
    'keine',
    'danke',
    'bitte',
    'warum',
    'immer',
    'schon',
    'wieder',
    'bestellung',
    // Italian
    'il',
    'che',
    'non',
    'sono',
    'della',
    'mio',
    'mia',
    'ho',
    'ancora',
    'grazie',
    'perché',
    'nessuno',
    'niente',
    'ordine',
    // Portuguese
    'não',
    'você',
    'meu',
    'minha',
    'obrigado',
    'nao',
    'voce',
    'muito',
    'ainda',
    'em',
    'um',
    'uma',
    'pedido',
    'estou',
    'há',
    'pode',
    'faço',
    'tem',
    'posso',
    'estoy',
    'otra',
    'vez',
    'esta',
    'este',
    'harto',
    'ya',
    'si',
    'lo',
    'os',
    'un',
    'per',
    'sedia',
    'como',
    'olá',
    'buongiorno',
    'también',
    'aquí',
    'wie',
    'kann',
    'mir',
    'mich',
    'dich',
    'zu',
    'im',
    'vom',
    'beim',
    'bei',
    'oder',
    'aber',
    'habe',
    'hab',
    'wurde',
    'sehr',
    'heute',
    'jetzt',
    'molto',
    'questo',
    'sempre',
    'anche',
    'nel',
    'alla',
    'pelo',
    'pela',
    'hoje',
    'obrigada',
    'agora',
    'mais',
    'aqui',
    'nunca',
    'todavía',
    'ahora',
    'hoy',
    'usted',
    'ustedes',
    'aujourd',
    'encore',
    'mais',
    'suis',
    'avez',
    'sont',
    'ne',
    // Polish, Turkish, Indonesian, Swedish, Romanian
    'nie',
    'się',
    'jest',
    'że',
    'już',
    've',
    'bir',
    'için',
    'değil',
    'ama',
    'çok',
    'yang',
    'dan',
    'tidak',
    'saya',
    'ini',
    'itu',
    'sudah',
    'belum',
    'och',
    'att',
    'jag',
    'inte',
    'är',
    'på',
    'și',
    'este',
    'pentru',
    // Dutch
    'het',
    'een',
    'niet',
    'ik',
    'mijn',
    'van',
    'nog',
    'geen',
    'bedankt',
    'waarom',
    'altijd',
    'waar',
    'dit',
    'twee',
    'weken',
    'vandaag',
    // Italian
    'mai',
    'senza',
    'quando',
    'hanno',
    'siete',
    'tutto',
    'qualcuno',
    // Tagalog
    'ang',
    'ng',
    'mga',
    'po',
    'yung',
    'ako',
    'kayo',
    'niyo',
    'wala',
    'rin',
    'lang',
    'naman',
    'salamat',
    'hindi',
    'bakit',
    'kung',
    'pwede',
    'grabe',
    // Indonesian and Malay
    'udah',
    'lagi',
    'dari',
    'banget',
    'tapi',
    'aku',
    'gak',
    'nggak',
    'terima',
    'kasih',
    'masih',
    'kenapa',
    'sampai',
  ],
};

/**
 * Words as support tweets write them, counted in their family only by models trained with tweet cues
 * (FeatureOptions.tweetCues; older weights read them as plain words): clipped or misspelt profanity, and mild expletives
 * and accusations of lying the lists above lack. No word here is in any other list (checked when the table is built).
 */
const TWEET_WORDS: Readonly<Partial<Record<Family, readonly string[]>>> = {
  profanity: ['fuccin', 'fuckn', 'fukin', 'fking', 'fkin', 'effing', 'wtaf'],
  hostile: ['ffs', 'lie', 'liar', 'omfg'],
};

/**
 * The second tweet cues (FeatureOptions.tweetCues2; older weights read as before). Words whose cue family misfires alone in
 * support tweets ("the flight leaving Heathrow", "closing in on gold", "on every show", "not out yet", "third tier",
 * "can't wait for Friday") count only through their pairs ("closing my", "every time", "third time", "the wait"); two
 * sarcasm pairs that are mostly plain ("a lot of things", "on our way to", "any other way to") are not sarcasm.
 */
export const TWEET_LOOSE_2: { words: readonly string[]; pairs: readonly (readonly [string, string])[] } = {
  words: ['leaving', 'closing', 'every', 'yet', 'third', 'wait'],
  pairs: [
    ['a', 'lot'],
    ['way', 'to'],
  ],
};

/**
 * The third tweet cues (FeatureOptions.tweetCues3; older weights read these words as plain words): dismay said in one word.
 * No word here is in any other list (checked when the table is built).
 */
const DISMAY_WORDS: readonly string[] = [
  'disappointed',
  'disappointing',
  'disappointment',
  'disappoints',
  'unhelpful',
  'unreliable',
  'frustrating',
  'frustrated',
  'frustration',
  'annoying',
  'annoyed',
  'irritating',
  'irritated',
  'upset',
  'unhappy',
  'dissatisfied',
  'displeased',
  'inconvenient',
  'nightmare',
  'hassle',
  'stinks',
  'unprofessional',
  'sloppy',
  'infuriatingly',
  'fed-up',
  'exasperated',
  'exasperating',
  'aggravating',
];

/** Pairs counted only with the second tweet cues: leaving said plainly, and waiting that is the company's. */
const TWEET_PAIRS_2: Readonly<Partial<Record<Family, readonly (readonly [string, string])[]>>> = {
  leave: [
    ['am', 'leaving'],
    ['im', 'leaving'],
    ["i'm", 'leaving'],
    ['leaving', 'you'],
    ['closing', 'my'],
    ['other', 'provider'],
    ['other', 'providers'],
    ['new', 'provider'],
    ['another', 'provider'],
    ['other', 'companies'],
    ['another', 'company'],
    ['other', 'networks'],
    ['another', 'network'],
    ['another', 'airline'],
    ['another', 'bank'],
  ],
  waiting: [
    ['the', 'wait'],
    ['to', 'wait'],
    ['long', 'wait'],
    ['wait', 'time'],
    ['wait', 'times'],
  ],
};

/** Word pairs that carry a family where neither word alone does ("great job", "you people", "third time"). */
export const FAMILY_PAIRS: Readonly<Partial<Record<Family, readonly (readonly [string, string])[]>>> = {
  contempt: [
    ['you', 'people'],
    ['a', 'joke'],
    ['what', 'joke'],
    ['absolute', 'joke'],
    ['complete', 'joke'],
    ['total', 'joke'],
    ['bunch', 'of'],
    ['do', 'better'],
    ['shame', 'on'],
    ['how', 'dare'],
    ['who', 'runs'],
    ['even', 'care'],
  ],
  sarcasm: [
    ['great', 'job'],
    ['good', 'job'],
    ['nice', 'job'],
    ['oh', 'great'],
    ['just', 'great'],
    ['oh', 'good'],
    ['oh', 'wonderful'],
    ['oh', 'perfect'],
    ['just', 'perfect'],
    ['just', 'brilliant'],
    ['for', 'nothing'],
    ['yeah', 'right'],
    ['love', 'how'],
    ['love', 'that'],
    ['way', 'to'],
    ['so', 'helpful'],
    ['real', 'helpful'],
    ['very', 'helpful'],
    ['how', 'convenient'],
    ['what', 'surprise'],
    ['surprise', 'surprise'],
    ['big', 'surprise'],
    ['as', 'usual'],
    ['as', 'always'],
    ['well', 'done'],
    ['thanks', 'alot'],
    ['a', 'lot'],
    ['keep', 'up'],
    ['top', 'notch'],
    ['what', 'service'],
    ['stellar', 'service'],
    // A loose praise word made sarcastic by its opener (the second word alone already counts for older weights).
    ['oh', 'sure'],
    ['yeah', 'sure'],
    ['oh', 'lovely'],
    ['just', 'lovely'],
    ['how', 'lovely'],
    ['just', 'wonderful'],
    ['how', 'wonderful'],
    ['oh', 'fantastic'],
    ['just', 'fantastic'],
    ['oh', 'brilliant'],
    ['just', 'wow'],
  ],
  leave: [
    ['take', 'my'],
    ['my', 'business'],
    ['switch', 'to'],
    ['switching', 'to'],
    ['moving', 'to'],
    ['go', 'elsewhere'],
    ['close', 'my'],
    ['never', 'again'],
    ['last', 'time'],
    ['done', 'with'],
    ['im', 'done'],
    ["i'm", 'done'],
    ['am', 'done'],
    ['cancel', 'my'],
    ['leave', 'a'],
    ['to', 'cancel'],
  ],
  repeat: [
    ['second', 'time'],
    ['third', 'time'],
    ['many', 'times'],
    ['times', 'now'],
    ['every', 'time'],
    ['once', 'again'],
    ['keep', 'getting'],
    ['keeps', 'happening'],
    ['three', 'times'],
    ['four', 'times'],
    ['five', 'times'],
    ['several', 'times'],
    ['multiple', 'times'],
    ['same', 'issue'],
    ['same', 'problem'],
    ['called', 'again'],
  ],
  waiting: [
    ['still', 'waiting'],
    ['still', 'no'],
    ['still', 'not'],
    ['no', 'response'],
    ['no', 'reply'],
    ['no', 'answer'],
    ['on', 'hold'],
    ['no', 'one'],
    ['nobody', 'has'],
  ],
  hedge: [
    ['a', 'bit'],
    ['kind', 'of'],
    ['sort', 'of'],
    ['a', 'little'],
    ['no', 'rush'],
    ['no', 'worries'],
    ['just', 'wondering'],
    ['quick', 'question'],
    ['not', 'a'],
    ['when', 'you'],
    ['if', 'possible'],
    ['i', 'think'],
    ['not', 'ideal'],
    ['bit', 'disappointed'],
    ['little', 'disappointed'],
    ['slightly', 'annoyed'],
    ['no', 'big'],
  ],
  hostile: [
    ['for', 'nothing'],
    ['fed', 'up'],
    ['sick', 'of'],
    ['had', 'enough'],
    ['rip', 'off'],
    ['for', 'god'],
    ['are', 'kidding'],
    ['you', 'kidding'],
    ['are', 'serious'],
    ['worst', 'company'],
    ['worst', 'service'],
    ['screw', 'you'],
  ],
};

/** Emoji (as code points) in three families: anger, eye-roll sarcasm, and contentment. */
export const ANGER_EMOJI: ReadonlySet<number> = new Set([
  0x1f621, 0x1f620, 0x1f92c, 0x1f624, 0x1f4a2, 0x1f44e, 0x1f595, 0x1f92e,
]);
export const EYEROLL_EMOJI: ReadonlySet<number> = new Set([
  0x1f644, 0x1f612, 0x1f611, 0x1f926, 0x1f643, 0x1f937, 0x1f610, 0x1f928,
]);
export const HAPPY_EMOJI: ReadonlySet<number> = new Set([
  0x1f60a, 0x1f642, 0x1f600, 0x1f603, 0x1f604, 0x1f601, 0x1f60d, 0x1f44d, 0x1f64f, 0x1f970, 0x1f389, 0x1f618, 0x1f495,
  0x1f496, 0x1f49c, 0x1f499, 0x1f60e,
]);

/**
 * Complaint hashtags (the third tweet cues): a #hashtag that holds one of these pieces is a verdict on the company
 * ("#brandsucks", "#ihatemondays", "#epicfail", "#flyotherinstead"), read as its family. Checked only on hashtags.
 */
export const HASHTAG_PIECES: ReadonlyArray<readonly [piece: string, family: 'hostile' | 'leave' | 'dismay']> = [
  ['sucks', 'hostile'],
  ['hate', 'hostile'],
  ['fail', 'hostile'],
  ['worst', 'hostile'],
  ['scam', 'hostile'],
  ['ripoff', 'hostile'],
  ['shame', 'hostile'],
  ['doesntcare', 'hostile'],
  ['dontcare', 'hostile'],
  ['boycott', 'leave'],
  ['instead', 'leave'],
  ['neveragain', 'leave'],
  ['disappoint', 'dismay'],
  ['unreliable', 'dismay'],
  ['frustrat', 'dismay'],
  ['notimpressed', 'dismay'],
  ['unhappy', 'dismay'],
];

/** Upset emoji (weary, crying, disappointed, pensive, frowning): counted only with the third tweet cues (tweetCues3). */
export const UPSET_EMOJI: ReadonlySet<number> = new Set([
  0x1f629, 0x1f62b, 0x1f62d, 0x1f622, 0x1f61e, 0x1f614, 0x1f641, 0x1f623, 0x1f616, 0x1f61f,
]);

/** Word hashes as the feature scanner computes them (lowercase, ’ read as '). */
export const toHashSet = (words: readonly string[]): ReadonlySet<number> => new Set(words.map((w) => hashString(w)));

export const NEGATOR_HASHES = toHashSet(NEGATORS);

/**
 * Service failures: a no-show, or a thing that never happened, arrived or worked ("nobody came", "never turned up",
 * "didn't show up", "still hasn't arrived", "stood me up", "a no-show"). Each form is a slot list: one alternative per
 * slot (an alternative may be several words), every combination a phrase. A phrase counts at the end of its clause or
 * three words on, unless a word of FAILURE_CANCEL comes first in that clause ("didn't arrive late", "nobody came to any
 * harm"); forms with `notAfter` do not open after those words (the customer's own no-show: "I didn't turn up").
 */
const FAILURE_FORMS: readonly { slots: readonly (readonly string[])[]; notAfter?: readonly string[] }[] = [
  {
    slots: [
      ['nobody', 'no one', 'noone'],
      [
        'came',
        'turned up',
        'showed',
        'arrived',
        'bothered',
        'has come',
        'has turned up',
        'has shown up',
        'has arrived',
        'has been',
        'ever came',
        'ever turned up',
        'ever showed',
        'ever arrived',
      ],
    ],
  },
  {
    slots: [
      ['never'],
      [
        'turned up',
        'arrived',
        'showed',
        'came',
        'received',
        'delivered',
        'got delivered',
        'been delivered',
        'got here',
        'shown up',
      ],
    ],
  },
  {
    slots: [
      ["didn't", 'didnt', 'did not'],
      ['show', 'turn up', 'arrive', 'come', 'bother to come', 'bother to turn up', 'bother to show'],
    ],
    notAfter: ['i', 'we'],
  },
  {
    slots: [
      ["hasn't", 'hasnt', 'has not', "haven't", 'havent', 'have not', "wasn't", 'was not', 'not'],
      ['been delivered', 'been received'],
    ],
  },
  {
    slots: [
      ['still'],
      [
        "hasn't",
        'hasnt',
        'has not',
        "haven't",
        'havent',
        'have not',
        "isn't",
        'isnt',
        'is not',
        "doesn't",
        'doesnt',
        'does not',
        "won't",
        'not',
        "aren't",
        'are not',
        "can't",
        'cannot',
      ],
      [
        'arrived',
        'working',
        'work',
        'here',
        'delivered',
        'come',
        'fixed',
        'received',
        'turned up',
        'shown up',
        'showed up',
        'connected',
        'been delivered',
        'been fixed',
        'been received',
        'been connected',
      ],
    ],
  },
  { slots: [['stood'], ['me', 'us'], ['up']] },
  {
    slots: [['missed'], ['the', 'my', 'our'], ['appointment', 'delivery', 'slot', 'installation', 'visit', 'booking']],
    notAfter: ['i', 'we', "i've", 'ive', "we've", "i'd", 'just'],
  },
  { slots: [['no'], ['show', 'shows']] },
  { slots: [['noshow', 'noshows']] },
];

/** Words that undo a failure phrase when they follow it in the same clause ("didn't arrive late", "nobody came to harm"). */
const FAILURE_CANCEL: readonly string[] = [
  'late',
  'early',
  'damaged',
  'broken',
  'harm',
  'hurt',
  'injured',
  'close',
  'near',
  'forward',
  'across',
  'unharmed',
];

/** A node of the failure-phrase trie over word hashes (the scanner's word hash: FNV-1a of the lower-cased word). */
export interface FailureNode {
  next: Map<number, FailureNode> | undefined;
  /** A whole phrase ends here. */
  end: boolean;
}

/** First word hash → its node, and the words a form may not follow (per first word). */
export const FAILURE_ROOTS: ReadonlyMap<number, FailureNode> = (() => {
  const roots = new Map<number, FailureNode>();
  const node = (): FailureNode => ({ next: undefined, end: false });
  for (const form of FAILURE_FORMS) {
    let phrases: string[][] = [[]];
    for (const slot of form.slots) phrases = phrases.flatMap((p) => slot.map((alt) => [...p, ...alt.split(' ')]));
    for (const words of phrases) {
      let table = roots;
      let at: FailureNode | undefined;
      for (const w of words) {
        const h = hashString(w);
        let child = table.get(h);
        if (child === undefined) {
          child = node();
          table.set(h, child);
        }
        at = child;
        if (at.next === undefined) at.next = new Map();
        table = at.next;
      }
      at!.end = true;
    }
  }
  return roots;
})();

/** Per opening word hash: the previous words after which no failure phrase opens there. */
export const FAILURE_NOT_AFTER: ReadonlyMap<number, ReadonlySet<number>> = (() => {
  const table = new Map<number, Set<number>>();
  for (const form of FAILURE_FORMS) {
    if (form.notAfter === undefined) continue;
    for (const alt of form.slots[0]!) {
      const h = hashString(alt.split(' ')[0]!);
      const set = table.get(h) ?? new Set<number>();
      for (const w of form.notAfter) set.add(hashString(w));
      table.set(h, set);
    }
  }
  return table;
})();

const addWords = (table: Map<number, number>, words: readonly string[], bit: number): void => {
  for (const w of words) {
    const h = hashString(w);
    table.set(h, (table.get(h) ?? 0) | bit);
  }
};

/** Word hash → family bits (negators, profanity, insults and every FAMILY_WORDS list). */
export const WORD_FAMILIES: ReadonlyMap<number, number> = (() => {
  const table = new Map<number, number>();
  addWords(table, NEGATORS, FAMILY.negator);
  addWords(table, PROFANITY, FAMILY.profanity);
  addWords(table, INSULTS, FAMILY.insult);
  for (const [family, words] of Object.entries(FAMILY_WORDS)) addWords(table, words, FAMILY[family as Family]);
  for (const pairs of Object.values(FAMILY_PAIRS))
    addWords(
      table,
      pairs.map(([first]) => first),
      FAMILY.pairStart,
    );
  for (const form of FAILURE_FORMS)
    addWords(
      table,
      form.slots[0]!.map((alt) => alt.split(' ')[0]!),
      FAMILY.failureStart,
    );
  addWords(table, FAILURE_CANCEL, FAMILY.failureCancel);
  for (const [family, words] of Object.entries(TWEET_WORDS)) {
    for (const w of words) {
      if (table.has(hashString(w))) throw new Error(`lexicons: tweet word "${w}" is in another list`);
      table.set(hashString(w), FAMILY[family as Family] | FAMILY.tweetOnly);
    }
  }
  for (const w of DISMAY_WORDS) {
    if (table.has(hashString(w))) throw new Error(`lexicons: dismay word "${w}" is in another list`);
    table.set(hashString(w), FAMILY.dismay);
  }
  for (const pairs of Object.values(TWEET_PAIRS_2))
    addWords(
      table,
      pairs.map(([first]) => first),
      FAMILY.pairStart2,
    );
  for (const w of TWEET_LOOSE_2.words) {
    if (!table.has(hashString(w))) throw new Error(`lexicons: loose tweet word "${w}" is in no family`);
    table.set(hashString(w), table.get(hashString(w))! | FAMILY.notTweet2);
  }
  return table;
})();

/** Word-pair hash (as the scanner's bigram feature: combineHash of the two word hashes) → family bits. */
export const PAIR_FAMILIES: ReadonlyMap<number, number> = (() => {
  const table = new Map<number, number>();
  for (const [family, pairs] of Object.entries(FAMILY_PAIRS)) {
    for (const [a, b] of pairs) {
      const h = combineHash(hashString(a), hashString(b));
      table.set(h, (table.get(h) ?? 0) | FAMILY[family as Family]);
    }
  }
  for (const [family, pairs] of Object.entries(TWEET_PAIRS_2)) {
    for (const [a, b] of pairs) {
      const h = combineHash(hashString(a), hashString(b));
      if (table.has(h)) throw new Error(`lexicons: tweet pair "${a} ${b}" is in another list`);
      table.set(h, FAMILY[family as Family] | FAMILY.tweetOnly2);
    }
  }
  for (const [a, b] of TWEET_LOOSE_2.pairs) {
    const h = combineHash(hashString(a), hashString(b));
    if (!table.has(h)) throw new Error(`lexicons: loose tweet pair "${a} ${b}" is in no family`);
    table.set(h, table.get(h)! | FAMILY.notTweet2);
  }
  return table;
})();
