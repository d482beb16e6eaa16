import { NEGATION_BEFORE } from '../text-scan.ts';
import { anyOf, guard, type LintRule } from '../lint-rule.types.ts';

// A restatement retells what happened, so it carries a past or perfect verb.
const RETOLD = guard(
  String.raw`\b(?:you've|you have|you had|you were|you'd|it was|they were|it's been|was|were|\w+[^\We]ed|paid|got|came|went|sent|left|took|lost|told|said|gave|bought|made|kept|put|brought|spent|found|heard|saw|wasn't|weren't|didn't|hasn't|haven't|never|isn't|since|yesterday|ago|so far|keeps|still|every time|ever)\b`,
);
const PLAIN =
  'Say it plainly, without judging what they should have known: "Here\'s how it works, and here\'s what I can do now."';

/** C1 restatement versus C2 condescension and scolding. */
export const CLARIFY_RULES = [
  {
    id: 'restatement-so-you',
    label: 'restatement',
    pattern: anyOf(
      String.raw`\bso(?<=(?:^|[.!?]\s+|\b(?:okay|ok|oh no|right|alright|got it|understood|hi|hello)[,.!]?\s+|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][a-z]+,\s+)so),?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][a-z]+,\s+)?(?:if I(?:'m| am) (?:following|understanding|hearing)(?: you)?(?: correctly| right)?,\s+|just to (?:recap|confirm|be clear),?\s+)?(?:you|your|both|the|for|after|when|a|an|it|this|they|we|between|since|on|over|from|during|last|yesterday|every|until|three|two|four|five|six)\b(?!\s+(?:can|could|know)\b)`,
    ),
    inSentence: RETOLD,
  },
  {
    id: 'restatement-check',
    label: 'restatement',
    pattern: anyOf(
      String.raw`\b(?:just\s+)?to (?:make sure I(?:'ve| have)? (?:got|have|understand|understood)(?: (?:it|this|that|everything))?(?: right| correctly)?|confirm|recap|summari[sz]e|check I(?:'ve)? (?:got|understood)(?: (?:it|this|that))?(?: right)?)\s*[,:]`,
      String.raw`\bif I(?:'ve| have)? (?:got|understood|understand|heard) (?:it|this|that|you)(?: right| correctly)?\b`,
      String.raw`\blet me (?:just )?(?:make sure|check|confirm|be sure|double-check) (?:that )?I(?:'ve| have)?\s+(?:got|have|understand|understood|heard)\b|\b(?:is that|have I got (?:that|it|this|everything)|did I get (?:that|it|this|everything)|do I have (?:that|it|this|everything)) (?:accurate|right|correct)\?`,
      String.raw`\bif I(?:'m| am) (?:following|hearing|understanding)(?: you)?(?: correctly| right)?\b`,
      String.raw`\blet me (?:make sure I (?:understand|have this right|got this)|repeat (?:that|this) back|play (?:that|this) back)\b`,
      String.raw`\bwhat I(?:'m| am) hearing is\b|\bso what you're saying is\b|\bin other words\b|\bif I understand (?:you )?correctly\b`,
      String.raw`\b(?:it )?sounds like you(?:'ve| have| were| had| got| paid| ordered| booked)\b`,
      // Playing it back: "So I've got it straight:", "So to play it back:", "So what I've got is:", "As I've got it,".
      String.raw`\bso,? (?:just )?to (?:play (?:it|that|this) back|sum (?:it |that )?up|go over (?:it|that|this))\s*[,:]|\bso,? (?:just )?to (?:check|be clear)\s*:|\bso (?:I've|I have) got (?:it|this|that) straight\b|\bto (?:play|read) (?:it|that|this) back(?: to you)?\s*[,:]`,
      String.raw`\b(?:so )?what I(?:'ve| have) got (?:here )?is\s*[,:]|\bas I(?:'ve| have) got it\b|\bas I understand it\b|\bso what (?:you're|you are) (?:telling|saying to) me is\b|\bso what happened (?:was|is)\s*[,:]|\bjust to check what you(?:'re| are) (?:saying|telling me)\b`,
    ),
  },
  {
    id: 'condescension',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\byou (?:just |simply )?(?:don't|do not) (?:understand|get) how (?:[\w-]+ ){0,3}?works?\b|\b(?:most|many) people (?:learn|know|understand|figure out) (?:this|that)\b|\bI(?:'ve| have) (?:already )?(?:told|explained (?:this|it) to) you (?:twice|three times|\d+ times|(?:several|many) times|already)\b`,
      String.raw`\brocket science\b|\bnot (?:that|so) (?:hard|difficult|complicated)\b|\b(?:it's|that's|its|it is)\s+(?:usually\s+|really\s+|pretty\s+|very\s+|quite\s+)?(?:that|this) (?:simple|easy)\b|\bsimple as that\b`,
      String.raw`\b(?:everyone|everybody|anyone|any adult|most people|a child)\s+(?:who\b[^.!?]{0,30}\b)?(?:knows?|understands?|can (?:do|figure|see|read))\b`,
      String.raw`\bbasic (?:[\w-]+ )?(?:terms|stuff|math|maths|knowledge|concepts?)\b|\bcommon sense\b`,
      String.raw`\bdraw you a (?:map|picture|diagram)\b|\b(?:very|really|extra|nice and)\s+slowly\b|\bread it again\b|\bplain English\b|\bin (?:large|big|bold) (?:letters|print)\b`,
      String.raw`\bliterally (?:one|a single|just one) (?:button|click|step|thing)\b|\byou (?:just|simply) (?:type|click|press|tap|enter|put)\b`,
      String.raw`\bI'm sure (?:even )?you (?:understand|know|can (?:understand|appreciate|see))\b`,
      // Treating the customer as a child, or as someone who did not read: "acting like a child", "speak like an adult",
      // "which I assume you didn't read", "basic financial housekeeping", "tried turning it off and on again?".
      String.raw`\b(?:acting|behaving) like (?:a |an )?(?:child|toddler|kid|baby|teenager|two-year-old)\b|\b(?:speak|talk|behave|act) like an adult\b|\banger (?:issues|problems)\b`,
      String.raw`\bwhich you(?:'d| would) have (?:seen|noticed|known|read) if\b|\bworth checking your (?:spam|junk) (?:folder|mail)\b[^.!?]{0,30}\bin (?:the )?future\b|\bwhich (?:I assume|I'm guessing|I guess|presumably|clearly|evidently) you (?:didn't|did not|haven't|have not|never) (?:read|see|check|open)\b|\bbasic (?:[\w-]+ )?(?:housekeeping|admin|maths|arithmetic|reading)\b|\bhave you tried (?:turning|switching) (?:it|the [\w-]+) off and (?:on )?again\b`,
      // Talking down about what the customer can follow or should have read.
      String.raw`\bI (?:wouldn't|would not|don't|do not) (?:really )?expect (?:a|an|the|most|you|anyone|customers?|patients?|people|members?|applicants?)\b[^.!?]{0,20}\bto (?:follow|understand|get|know|grasp|keep up)\b`,
      String.raw`\bas (?:is|was) (?:made )?(?:very |quite |perfectly |abundantly )?clear (?:in|on|from)\b|\b(?:quite|very|pretty|a really|a very|a) basic (?:step|thing|requirement|check)\b|\bencourage (?:you|applicants|customers|people|everyone|members) to read\b[^.!?]{0,30}\bcarefully\b`,
      String.raw`\b(?:that's|that is|it's)\s+(?:just\s+)?how\s+(?:[\w-]+\s+){1,3}?works?\b|\bhow (?:bills|billing|insurance|mortgages|loans|refunds|gyms|interest|the internet) work\b`,
      String.raw`\bnot the end of the world\b|\boverreact\w*\b|\bbeing (?:dramatic|emotional|hysterical|silly|childish)\b|\bnot the only customer\b|\bspecial treatment\b`,
      String.raw`\bwhat (?:did|do|else did) you expect\b|\bnot sure what you expected\b|\bas I (?:already |just )?(?:said|explained|told you|mentioned)\b|\blike I (?:said|told you)\b`,
      String.raw`\b(?:it's|its|it is) (?:right )?there\b[^.!?]{0,30}\b(?:page|screen|box|button|email|letter)\b|\bit says so\b`,
      String.raw`\b(?:sweetie|sweetheart|honey|hun|darling|young (?:lady|man))\b|\bdear(?<=,\s*dear)\b`,
      String.raw`\bturn(?:ing)? it off and (?:on )?again\b|\bclearly you\b|\bdid you even\b|\bjust not (?:reading|listening|understanding)\b`,
      String.raw`\b(?:the )?(?:docs|documentation|instructions|manual|form|letter) (?:are|is) (?:fine|clear|simple|easy)\b|\bdumb it down\b`,
      String.raw`\b(?:it's|it is|that's|that is|this is)\s+(?:really|very|pretty|quite|super|actually|honestly)\s+(?:simple|easy|straightforward|basic|obvious)\b|\bnot (?:that |so |very )?complicated\b`,
      String.raw`\b(?:surely|of course) you (?:know|can|understand|realize|realise|saw|read|noticed)\b|\bdid you (?:even |actually )?(?:read|check|look|try|bother)\b|\bhave you (?:even|actually) (?:read|checked|looked at|tried)\b`,
      String.raw`\bdo you (?:even )?(?:know|understand|realize|realise) (?:how|what)\b|\bdo you understand\?|\bI don't know how else to (?:explain|say)\b|\b(?:say|explain) (?:it|this|that) (?:one more time|again|slowly|simply)\b|\bone more time\b(?<!\bask (?:you )?one more time)`,
      String.raw`\bpay attention\b|\blisten carefully\b|\b(?:even )?a (?:child|kid|five-year-old|toddler) could\b|\bany fool\b|\bbless your heart\b|\bwith all due respect\b|\bno offen[cs]e\b`,
      String.raw`\b(?:I thought|it's|it is|that's) (?:it was |pretty |fairly |really )?(?:obvious|self-explanatory|common knowledge)\b|\bclearly (?:stated|written|marked|labell?ed|says|explained|shown)\b|\bit clearly says\b`,
      String.raw`\bhow (?:did|could) you (?:miss|not see|not know)\b|\b(?:I'm|I am) surprised you (?:didn't|don't|haven't)\b|\bwelcome to the real world\b|\bgrow up\b|\bthat's (?:just )?(?:the way it is|life)\b`,
      String.raw`\bclearly (?:states?|stated|shows?|says)\b|\bself-explanatory\b|\bcommon knowledge\b|\b(?:try (?:to|and) |please |can you )keep up\b|\bspell (?:it|this|that) out\b|\b(?:very|really|pretty|quite|super|fairly) (?:basic|obvious)\b`,
      String.raw`\b(?:most|other|all (?:our|the other)|every other|the rest of (?:our|the)) (?:customers|people|users|guests|clients|members|callers)\b[^.!?]{0,30}\b(?:manage|figure|work (?:it|this|that) out|have no (?:trouble|problem|issue)|find it (?:easy|simple)|understand|know (?:this|that|how)|can (?:do|figure|manage|work))`,
      String.raw`\b(?:any|a|every) (?:reasonable|sensible|normal|competent|careful|responsible) (?:person|customer|adult|driver|traveller|traveler|guest|user|homeowner|tenant)\b|\bwhat(?:'s| is) so (?:confusing|hard|difficult|complicated)\b|\bI don't (?:see|know|understand|get) (?:what|why)(?:'s| is| it's| this is| that's)? (?:so )?(?:confusing|hard|difficult|complicated)\b`,
      String.raw`\b(?:obviously|clearly)(?<=(?:^|[.!?]\s+)(?:obviously|clearly)),?\s+(?!(?:we|I|our|us|something|this|that)\b)`,
      String.raw`\b(?:it's|that's|it is) (?:only|just) (?:a |an )?(?:\$?\d+|small|minor|tiny|few|little)\b|\bnot (?:that |such )?a big deal\b|\bno big deal\b|\b(?:just|simply|try|if you) read(?:ing)? the\b`,
    ),
    notAfter: NEGATION_BEFORE,
    rewrite: PLAIN,
  },
  {
    // Talking down: "it's really quite simple", "bless you", "as I've already explained twice", "I'll keep it simple for
    // you", "it's all there in black and white", "it's not difficult", "try to follow along", "you do know what a PIN is".
    id: 'condescension-talks-down',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\b(?:it's|it is|that's|that is|this is|it really is|it's actually)\s+(?:(?:really|very|pretty|quite|super|actually|honestly|all|rather|fairly|genuinely|incredibly|extremely|very very)\s+)+(?:simple|easy|straightforward|basic|obvious)\b(?!\s+(?:to|for us to) (?:fix|sort|solve|put right|change|do for you))`,
      String.raw`\bbless (?:you|your (?:heart|soul))\b|\bbless(?<=(?:^|[.!?]\s+|,\s*)bless)\b`,
      String.raw`\bas I(?:'ve| have)? (?:already |just |previously |clearly |now )*(?:said|explained|told you|mentioned|stated|pointed out|outlined)\b|\b(?:already|now) (?:explained|told you|said|gone over) (?:this|it|that)?\s*(?:twice|three times|several times|a few times|more than once|a number of times|\d+ times)\b`,
      String.raw`\b(?:keep|make) (?:it|this|things) (?:nice and )?(?:simple|easy|basic)\s+for you\b|\bin a way (?:you(?:'ll| will| can)|that you(?:'ll| can| will)) (?:understand|follow|get)\b|\bso (?:even )?you (?:can|will|'ll) understand\b`,
      String.raw`\bin black and white\b|\b(?:it's|it is|it was|it's been) all (?:there|written down|laid out|spelled out|spelt out)\b`,
      String.raw`\b(?:it's not|it is not|it isn't|it's really not|that's not|that isn't|this isn't|this is not|it really isn't)\s+(?:(?:really|actually|that|very|so|at all)\s+)?(?:difficult|hard|complicated|tricky|rocket science)\b(?!\s+to (?:see|understand|imagine|tell) (?:why|how))`,
      String.raw`\b(?:I'll|let me|I will|I'm going to) (?:say|explain|repeat) (?:it|this|that) (?:again|one more time|once more)\b|\b(?:not sure |don't know )?how (?:much )?(?:clearer|more clearly|else) (?:I|we) can (?:make|put|say|explain)\b|\bslowly this time\b|\b(?:again|once more),? (?:very |nice and )?slowly\b|\b(?:gone over|been over|been through|explained|told you|said) (?:this|it|that)(?: (?:with|to) you)? (?:twice|three times|several times|a few times|more than once|a number of times|\d+ times|multiple times|many times)\b|\b(?:most|many|plenty|the majority) of (?:our|the) (?:customers|users|guests|clients|members|callers|people)\b[^.!?]{0,30}\b(?:manage|figure|work (?:it|this|that) out|have no (?:trouble|problem|issue)|find it (?:easy|simple)|can (?:do|figure|manage))`,
      String.raw`\b(?:I'm going to|I'll) need you to (?:listen|pay attention|read|concentrate)\b|\blisten (?:very |really )?(?:carefully|closely)\b|\b(?:it's|it is) (?:a )?(?:simple|basic|easy) (?:matter|case|question) of\b|\bas you(?:'d| would) (?:know|have seen|have noticed|be aware) if\b|\bobviously(?<=(?:^|[.!?]\s+|,\s+)(?:well,?\s+|look,?\s+|so,?\s+)?obviously)\b`,
      String.raw`\b(?:try (?:to|and) )?follow along\b|\btry (?:to|and) (?:listen|understand|read|pay attention)\b[^.!?]{0,20}\bthis time\b|\byou do (?:know|understand|realise|realize) (?:what|how|that)\b|\b(?:surely|obviously) (?:everyone|anyone|you) (?:knows?|can)\b`,
    ),
    notAfter: NEGATION_BEFORE,
    rewrite: PLAIN,
  },
  {
    id: 'scolding',
    label: 'scolding',
    pattern: anyOf(
      String.raw`\b(?:you|u)\s+(?:really\s+)?(?:should(?:'ve| have)|ought to have|could(?:'ve| have))\s+(?!been (?:told|given|notified|informed|offered|sent|called|contacted|warned|refunded)|received|gotten|got\b|had\b)`,
      String.raw`\b(?:you|u)\s+should\s+(?:always|never|check|read|make sure|double-check|know|pay attention|keep an eye|look at)\b|\bwhich (?:you|u) should\b`,
      // "if you'd used the app, you wouldn't have needed to queue".
      String.raw`\bif you(?:'d| had) (?:\w+ ){0,2}?(?:used|sent|booked|read|checked|called|ordered|kept|followed|filled|updated|registered)\b[^.!?]{0,60}?\byou (?:wouldn't|would not) have\b`,
      String.raw`\b(?:you|u)(?:'re| are)\s+supposed to\s+(?:notify|tell|inform|let us know|call|check|read|update)\b|\b(?:you|u) did (?:leave|forget|miss|ignore|book|choose|pick|click|order)\b|\byou(?:'re| are) the one who (?:booked|ordered|chose|picked|clicked|forgot|missed|signed|left)\b`,
      String.raw`\bnext time,?\s+(?:you should|please|pick|choose|make sure|try to|remember|read|check|book|select|just)\b`,
      String.raw`\bif (?:you'd|you had|u had|u'd)\s+(?:\w+\s+)?(?:read|set|checked|followed|looked|booked|noted|called|paid|done|kept|updated|selected|chosen)\b`,
      String.raw`\b(?:you|u) would(?:'ve| have)? (?:known|seen|noticed)\b[^.!?]{0,20}\bif\b`,
      // "You knew about the fee" tells them off. "You signed / agreed to / chose …" alone no longer does (session 6): across
      // dev, writer-r and rounds 1–3 it was scolding 14 times and a plain statement or restatement 25 times.
      String.raw`\b(?:you|u) knew (?:that|this|it|about)\b`,
      // Not the broadband kind: "about your fault from earlier", "your fault report".
      String.raw`\b(?:your|ur) (?:own )?(?:responsibility|fault|mistake)\b(?! (?:from|with|on|report|ticket|reference|number|log|visit|repair|is being|has been|was reported))|\bon (?:your|ur) end\b`,
      String.raw`\b(?:guests|customers|users|you|u) (?:aren't|are not|weren't|were not) supposed to\b`,
      String.raw`\b(?:that's|that is|this is) what (?:the|a|an) [\w-]+(?: [\w-]+)? is for\b`,
      String.raw`\b(?:you|u) had to (?:call|read|check|request|ask|tell|book|let us know)\b|\b(?:you|u) have to expect\b`,
      String.raw`\byou (?:were|are) (?:supposed|meant|required|expected) to\b|\byou were (?:told|warned|informed|advised|reminded|notified) (?:about|at|in|by|twice|several|multiple|repeatedly|when|before|on|of|this|clearly|beforehand|in advance|more than)\b`,
      String.raw`\b(?:that's|that is|this is|it's|it is) on you\b|\bit(?:'s| is| was) your (?:choice|decision|job|call|responsibility)\b|\byou(?:'re| are) responsible for\b|\b(?:customers|guests|users|members|passengers|tenants) (?:are|were) (?:expected|required|responsible|supposed)\b`,
      String.raw`\bin (?:the )?future,? (?:please |you should |make sure |try to |remember )|\byou (?:must|need to|have to|should) (?:always )?(?:read|check|make sure|keep|follow|double-check)\b[^.!?]{0,40}\b(?:before|next time|in future|first)\b`,
      String.raw`\b(?:that's|that is|this is) why (?:we|you're|you are) (?:ask|tell|remind|advise|recommend|require|warn)\w* (?:customers|guests|you|people|users|everyone|all)\b|\byou (?:didn't|did not|never) (?:even )?bother(?:ed)?\b|\byou needed to (?:cancel|call|book|read|check|tell|let|return|submit|request|ask|pay|renew|update|register|confirm|notify|inform)\b`,
      String.raw`\b(?:the )?(?:customer|guest|user|tenant|passenger|buyer|cardholder|member|account holder|driver|renter|traveller|traveler)(?:'s|s')? (?:job|responsibility|duty|obligation)\b|\byou left it (?:(?:far|way|much|a bit|a little|rather|too)\s+)*late\b|\byou (?:waited|left it) (?:far |way |much )?too long\b`,
      String.raw`\b(?:please |do )?(?:make sure|remember|be sure) (?:you |to )?(?:[\w'&-]+\s+){1,6}?(?:next time|in (?:the )?future)\b|\bcould(?:'ve| have) been avoided if you\b|\bwouldn't have happened if you\b|\bif you(?:'d| had) (?:\w+ed|told|let|rung|rang|called|contacted|got in touch)\b[^.!?]{0,40}\b(?:earlier|sooner|first|straight away|at the time)\b`,
      String.raw`\b(?:it's|it is) always (?:a good idea|best|wise|advisable|sensible|worth)\b|\bwe (?:do |always |strongly )?(?:advise|recommend|ask|remind|tell|encourage) (?:all |our )?(?:customers|guests|users|members|passengers|people|everyone|clients|tenants) to (?:read|check|keep|make sure|double-check|review)\b|\btake (?:some |more )?responsibility for your\b|\bwe did (?:send|tell|email|write|remind|notify|warn|inform|call|text|post)\b`,
      // Lecturing: "it's important that customers read…", "you must remember to…", "you really need to keep…".
      String.raw`\b(?:it's|it is)\s+(?:really\s+|very\s+|so\s+|always\s+)?(?:important|essential|vital|crucial|up to you|down to you)\s+(?:that|for)\s+(?:you|customers|guests|users|people|everyone|members|passengers|tenants|account holders|patients|clients|travell?ers)\b|\byou (?:really |always )?(?:must|need to|have to|should|ought to|'ve got to)\s+(?:always\s+)?(?:remember to|be (?:more )?careful|pay (?:more )?attention|learn to|take (?:more )?care|get into the habit)\b|\byou really (?:need to|must|should|ought to|have to)\b`,
      String.raw`\bhad you (?:\w+ed|read|done|set|kept|checked)\b|\b(?:clearly|plainly|explicitly) (?:says|said|states|stated|explains|shows|showed|written|marked|listed)\b`,
    ),
    notAfter: guard(
      NEGATION_BEFORE.source,
      String.raw`\b(?:so|following|correctly|right|confirm|understand),?\s+$`,
      String.raw`\b(?:since|because|as|when|after|if)\s+$`,
    ),
    notInSentence: guard(
      String.raw`\b(?:sorry|apologi[sz]e|wrong|incorrect|shouldn't have|should not have|our mistake|on us|(?:I|we)(?:'ll| will) make sure|(?:nobody|no one) (?:mentioned|told|said|warned))\b`,
    ),
    rewrite: PLAIN,
  },
  {
    // Talking down, in the forms agents use (C2): "as explained in our previous three emails", "as we've told you before",
    // "it's literally on the first page", "hard to miss", "that's what it's for!", "I'd have thought that was obvious",
    // "most students manage to read it", "lots of people find technology tricky", "easy mistake for a first-time flyer",
    // "have you tried, you know, logging in?", "memberships don't cancel themselves", "I'm surprised you took out a
    // policy without…", "it's only a delay", "in really simple terms… Got that?", "just take it slowly".
    id: 'condescension-families',
    label: 'condescension',
    pattern: anyOf(
      String.raw`\bas (?:we|I)(?:'ve| have)? (?:already |previously |now |repeatedly )*(?:said|explained|told you|mentioned|stated|outlined|advised)\b|\bas (?:already |previously )?(?:explained|stated|mentioned|advised|outlined) (?:in (?:our|my) (?:previous|last|earlier)|several|multiple|more than once|twice|three times|before)\b|\b(?:explained|told you|said|been over) (?:this |it |that )?(?:before|previously|already)\b(?<=\b(?:we|I)(?:'ve| have)? [^.!?]{0,30})`,
      String.raw`\b(?:it's|its|it is|that's|they're|it was) (?:literally |right )+(?:there|on|at|in|under)\b|\bliterally (?:on|in|at) the (?:first|front|top|home)\b|\bhard to miss\b|\bthat's what (?:it's|it is|they're) (?:for|there for)\b|\bI(?:'d| would) have thought (?:that was|it was|it's|that's|this was) (?:obvious|clear|common sense)\b`,
      String.raw`\b(?:most|many|lots of|plenty of|other|all our other) (?:students|people|members|patients|tenants|customers|users|guests|parents|drivers|passengers|residents|clients)\b[^.!?]{0,25}?\b(?:manage|find (?:it|this|technology|computers|apps|phones|forms|that) (?:tricky|hard|difficult|confusing)|can (?:work|figure|follow))|\b(?:easy|common|simple|understandable) mistake for (?:a|an|someone) (?:first-time|first time|beginner|newbie|novice|new|older|inexperienced)\b`,
      String.raw`\b(?:tried|try),? you know,?\s+\w+|\b(?:don't|do not|won't|doesn't) (?:cancel|renew|fix|pay|update|reset|book|return|sort|clean|charge) (?:themselves|itself)\b|\bI(?:'m| am) surprised you (?:took|signed|bought|booked|ordered|never|would|could|thought)\b`,
      String.raw`\b(?:it's|it is|that's|this is) (?:only|just) (?:a|an|one) (?:delay|bit|scratch|dent|parcel|form|button|click|password)\b|\bin (?:really |very |nice |nice and )?simple terms\b|\bgot (?:that|it)\?|\bwith me so far\?|\b(?:just )?take it (?:slowly|slow|one step at a time)\b|\bread (?:each|every) (?:box|line|step|page|word) (?:carefully|slowly)\b|\bas it seems to have caused (?:some |a bit of )?confusion\b|\b(?:set out|stated|written|explained|shown|marked|listed) quite clearly\b|\bI can read (?:lowercase|lower case|capitals|caps)\b|\b(?:no need to be|don't be) (?:so |that )?(?:dramatic|melodramatic|precious|silly|childish)\b`,
    ),
    notAfter: NEGATION_BEFORE,
    notInSentence: guard(String.raw`\b(?:sorry|apologi[sz]e|our (?:fault|mistake|error)|on us)\b`),
    rewrite: PLAIN,
  },
  {
    // Lecturing about what to do from now on (C2): "in future we'd recommend allowing three weeks", "going forward you'll
    // want to set a reminder", "please check more carefully next time", "maybe come midweek next time", "always keep
    // the packaging", "it's worth double-checking the address", "please make sure it doesn't happen again", "you should
    // set a PIN to stop this", "you should keep track of your balance", "you need to read the load guide".
    id: 'scolding-from-now-on',
    label: 'scolding',
    pattern: anyOf(
      String.raw`\b(?:in (?:the )?future|going forward|moving forward|from now on|for next time|for the future)\b,?\s+(?:(?:please|just|always|maybe|perhaps|do|kindly)\s+)?(?:you(?:'ll| will| may| might)? (?:want|need|have|wish) to|you (?:should|must|could|might)|it(?:'s| is|'d be| would be) (?:worth|best|wise|advisable|sensible|a good idea|always)|we(?:'d| would)? (?:recommend|suggest|advise|ask)|make sure|be sure|try to|remember to|ensure|always|never|(?:check|ask|measure|keep|allow|read|double-check|book|order|set|use|lock|come|call|make|take|give|leave|get|note|save|plan|put|follow|report|tell|let us know|contact)\b)`,
      String.raw`\b(?:please|maybe|perhaps|just|do|kindly|try and|try to)\s+(?:\w+\s+){1,5}?(?:more carefully|properly|first|beforehand|in advance|yourself)?\s*next time\b|\bnext time,?\s+(?:measure|check|read|ask|book|order|keep|allow|lock|use|set|make|come|call|try|put|take|leave|plan|note|save|double-check|do|get|give)\b|\b(?:come|book|order|call|try|go) (?:\w+\s+){0,2}(?:midweek|earlier|sooner|in advance|off-peak) next time\b`,
      String.raw`\b(?:always|never)(?<=(?:^|[.!?:]\s+|,\s+|\n)(?:always|never)) (?:keep|ask|check|read|make sure|measure|lock|double-check|back up|export|save|take|remember|leave|book|order|allow|buy|get|use|switch|turn|set|store|put|carry)\b|\b(?:it's|it is) (?:always )?worth (?:double-checking|checking|reading|asking|keeping|making sure|measuring|locking)\b|\bjust a (?:tip|word of advice|friendly reminder)\b`,
      String.raw`\bplease (?:make sure|ensure|see that) (?:this|it|that)\s+(?:doesn't|does not|won't|will not|never|is done|is not|isn't)\b|\bplease (?:check|read|be) (?:more )?(?:carefully|properly|more careful)\b`,
      String.raw`\byou should (?:set|keep|read|check|lock|measure|untick|tick|back up|export|call|inform|notify|tell|update|always|never|make sure|take|plan|allow|switch|turn|register|store|save|think|consider)\b[^.!?]{0,60}\b(?:to (?:avoid|stop|prevent|make sure)|before|carefully|properly|next time|in future|yourself|regularly|when (?:they|it|you)|so (?:this|it|that) (?:doesn't|does not|won't))\b|\byou should (?:keep track|keep an eye|read your|check your|read the|always|never)\b`,
      String.raw`\byou (?:need|have) to (?:read|follow|check|learn|keep track|order|allow|plan|measure|lock|register|book)\b[^.!?]{0,40}\b(?:guide|manual|instructions|terms|rules|label|before|in advance|ahead|at least|properly|carefully)\b|\byou(?:'d| would) have (?:seen|noticed|known|spotted|found|avoided)\b[^.!?]{0,40}\bif you(?:'d| had)\b`,
      String.raw`\bif you(?:'d| had) (?:\w+ )?\w+ed\b[^.!?]{0,90}?\byou (?:wouldn't|would not|would've|would have|'d have|'d not have)\b`,
      String.raw`\b(?:that's|that is|it's|it is) (?:(?:pretty|really|just|quite)\s+)?basic\b|\b(?:has|have) been explained (?:at|to|in|on|many|several|more)\b|\bas we(?:'ve| have) (?:told|explained to|reminded|warned) you (?:before|already|previously)\b`,
      // The duty put on them, with when or how often: "you need to submit readings monthly", "you'll need to set the
      // standing order earlier", "you do need to bring ID every time", "you should let us know before you go abroad",
      // "…, not the address box, going forward", "please double-check dates before buying in future".
      String.raw`\byou(?:'ll|'d)?\s+(?:(?:really|do|will|would)\s+)?(?:need to|have to|must|should|ought to|'ve got to)\s+(?:(?:always|also|really|just)\s+)?(?:submit|send|give|let us know|tell|inform|notify|bring|set|put|book|order|allow|keep|check|read|follow|measure|register|update|be (?:in|home|there|available|on time)|pay|renew|plan|arrive|return|lock|use|take|make sure|top up|cancel|report)\b[^.!?]{0,60}?\b(?:monthly|weekly|daily|every (?:time|month|week|year|day)|each (?:time|month)|regularly|earlier|sooner|in advance|ahead|before (?:you|the|your|buying|booking|ordering|travelling|traveling|going|paying)|on time|in future|going forward|next time|not (?:the|in|on|when|after)|during your|yourself|at least)\b`,
      String.raw`\b(?:in (?:the )?future|going forward|next time|from now on)(?<=\b(?:please|make sure|you need to|you'll need to|you should|you must|do|double-check|check|remember|try)\b[^.!?]{0,80})\s*[.!]|\b(?:or|otherwise) (?:this|it) (?:will|'ll|is going to|could|might) (?:happen|keep happening)(?: again)?\b|\b(?:do|follow|use) (?:that|this|it) (?:in future|next time|going forward|from now on) and (?:it|this) (?:won't|will not) happen\b`,
      String.raw`\b(?:appreciate it|be grateful|help) if you(?:'d| would| could) (?:follow|read|stick to|respect|observe|check|keep to) (?:the|our|these|those) (?:[\w-]+\s+)?(?:rules|instructions|guidelines|policy|terms|procedure|process)\b|\b(?:owners|customers|guests|users|members|tenants|residents|passengers|drivers|parents|patients|account holders|cardholders|buyers|renters|students)\s+(?:really\s+)?(?:should|must|need to|have to|ought to)\s+(?:really\s+|always\s+)?(?:check|read|keep|make sure|follow|wipe|lock|bring|report|tell|let us know|know|look after|take care)\b`,
    ),
    notAfter: guard(NEGATION_BEFORE.source, String.raw`\b(?:I|we)(?:'ll| will)\s+$`),
    notInSentence: guard(
      String.raw`\b(?:I(?:'ll| will| am going to|'m going to)|we(?:'ll| will)|I(?:'ve| have) (?:asked|told|reminded|made sure|set|added)|our (?:fault|mistake|error|team)|see you|let me know|feel free|happy to|for you\b|I(?:'ve| have) got (?:everything|it right|that right)|so far I have|what I've got|if I'm following|to recap)`,
    ),
    rewrite: PLAIN,
  },
  {
    // C1, the check-back lead-ins and tags the other rules miss (session 6, from the misses of the tuned-on rounds 1 and
    // 2): "Just so I'm clear:", "Just so I have it right:", "Just to confirm I've got it:", "Can I just confirm:", "I'd
    // like to get this clear first", "From what you've said so far,", "Your question is why…", "I hear the problem: …",
    // "So: …", and the complaint told back with a tag ("you've been charged twice since May, is that right?").
    id: 'restatement-clarify-lead-in',
    label: 'restatement',
    pattern: anyOf(
      String.raw`\b(?:just so (?:I'm|I am) (?:clear|sure)|just so I(?:'ve got| have got| have| got) (?:it|this|that|everything) right|I understand (?:that )?your (?:claim|complaint|issue|problem|request|query|booking) (?:is|was) (?:for|about|that)|just to (?:confirm|check|make sure) (?:I've|I have) (?:got|understood) (?:it|this|that|you)(?: right)?|(?:can|could|may) I (?:just )?(?:confirm|check)(?: that)?[:,]|I'd like to get this clear|from what you've (?:said|told me|described)(?: so far)?[:,]|let me (?:just )?make sure I(?:'ve| have) (?:got|understood) (?:this|it|that)|your question is (?:why|whether|how|when|what)|I (?:absolutely |really |completely )?hear the problem:|so:\s)`,
      String.raw`\byou(?:'ve| have|'re| are| were|'ve been)?\b[^.!?]{15,80}, (?:right|is that right|is that it|is that correct|correct|yes|is that the one)\?`,
    ),
    // A check that only asks for a detail ("Can I just confirm: what's your postcode?") restates nothing.
    notInSentence: guard(
      String.raw`\b(?:what(?:'s| is)|which|your (?:postcode|zip|account number|date of birth|reference|email address|phone number|card number))\b`,
    ),
  },
] as const satisfies readonly LintRule[];
