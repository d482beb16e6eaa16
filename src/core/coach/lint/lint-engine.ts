import type { Span } from '../../conversation/types.ts';
import { sortSmall } from '../../small-sort.ts';
import { detectAbuse } from '../../signals/abuse.ts';
import { detectVenting } from '../../signals/venting.ts';
import { REPLY_LABELS, type ReplyLabel } from '../labels.ts';
import type { LintContext, LintFinding } from '../lint-types.ts';
import { type LintClassifier, review } from './classifier/classifier.ts';
import { SHIPPED_CLASSIFIER } from './classifier/shipped.ts';
import { findCustomerNames } from './customer-name.ts';
import { findRecaps } from './recap.ts';
import { LABEL_TEXT } from './lint-messages.ts';
import type { LintRule } from './lint-rule.types.ts';
import { DISPARAGE } from './lexicon.ts';
import { LINT_RULES } from './lint-rules.ts';
import { RuleMatcher } from './rule-matcher.ts';
import { normalizeApostrophes, sentenceEnd, sentenceStart, textBefore } from './text-scan.ts';

const isVenting = (context: LintContext): boolean =>
  context.customerVenting ?? (context.customerMessage ? detectVenting(context.customerMessage).venting : false);

// The customer condemns the company, its staff or its products: "you lot are a bunch of thieves", "your pricing is a cash
// grab", "worst repair company ever", "this company only cares about money", "I've stayed at better hostels", "the
// reviews online are all true", "…this week, useless".
const CONDEMNING = new RegExp(
  String.raw`\b(?:your|you|you guys|you lot|you people|you're|you are|this (?:company|bank|airline|hotel|store|place|service|shop|firm|outfit|network|app|insurer|council)|at this company)\b[^.!?]{0,60}?\b(?:${DISPARAGE}|incompetent|scam|amateurs|worst|disgrace|joke|thieves|cowboys|rip(?:ping)?[- ]?(?:off|everyone off|people off|us off|me off)|cash grab|only cares? about (?:money|profit|profits)|unusable|(?:a )?work of fiction|never (?:pay|paid) out|looking for excuses|like every other)|\bworst [\w-]+(?: [\w-]+)? (?:ever|in the (?:country|world|uk|us)|I've (?:ever )?(?:had|used|seen|dealt with))\b|\bI've (?:stayed (?:at|in)|seen|had|used) better\b|\bnobody (?:ever )?tells (?:me|us) anything\b|\breviews (?:online )?are (?:all )?true\b|(?:^|[,.!?]\s*)(?:useless|pathetic|shambolic|a joke|a disgrace|disgraceful|rubbish|garbage|joke)\W*$`,
  'i',
);

/** What the customer's message says about the moment, worked out only when a rule asks. */
class CustomerCues {
  private abusive: boolean | undefined;
  private condemning: boolean | undefined;
  constructor(
    private readonly message: string | undefined,
    known: boolean | undefined,
  ) {
    // The engine already ran abuse detection on this message; reuse its answer.
    this.abusive = known;
  }
  isAbusive(): boolean {
    this.abusive ??= this.message !== undefined && detectAbuse(this.message).length > 0;
    return this.abusive;
  }
  isCondemning(): boolean {
    this.condemning ??= this.message !== undefined && CONDEMNING.test(this.message);
    return this.condemning;
  }
}

// Built on first use: compiling the rules' dispatch table takes a few milliseconds that importing should not cost.
let matcher: RuleMatcher | undefined;
const ruleMatcher = (): RuleMatcher => (matcher ??= new RuleMatcher(LINT_RULES.map((rule) => rule.pattern)));

function passesGuards(rule: LintRule, text: string, start: number): boolean {
  if (rule.notAfter?.test(textBefore(text, start))) return false;
  if (rule.inSentence || rule.notInSentence) {
    const sentence = text.slice(sentenceStart(text, start), sentenceEnd(text, start));
    if (rule.inSentence && !rule.inSentence.test(sentence)) return false;
    if (rule.notInSentence?.test(sentence)) return false;
  }
  return true;
}

function makeFinding(label: ReplyLabel, span: Span, rule?: LintRule): LintFinding {
  const { principle, polarity } = REPLY_LABELS[label];
  const text: { message: string; rewrite?: string } = LABEL_TEXT[label];
  const finding: LintFinding = { label, principle, polarity, span, message: rule?.message ?? text.message };
  const rewrite = rule?.rewrite ?? text.rewrite;
  if (rewrite !== undefined) finding.rewrite = rewrite;
  return finding;
}

// Keeps one finding per label per stretch of text: a later overlapping match adds nothing new.
const overlapsSameLabel = (findings: LintFinding[], label: ReplyLabel, span: Span): boolean =>
  findings.some((f) => f.label === label && f.span.start < span.end && span.start < f.span.end);

// Removes, in place, findings that a superseding finding overlaps ("sorry you feel that way" is no apology).
function dropSuperseded(
  findings: LintFinding[],
  superseding: Array<{ labels: readonly ReplyLabel[]; span: Span }>,
): void {
  let kept = 0;
  for (const f of findings) {
    const gone = superseding.some(
      (s) => s.labels.includes(f.label) && f.span.start < s.span.end && s.span.start < f.span.end,
    );
    if (!gone) findings[kept++] = f;
  }
  findings.length = kept;
}

// A3 convention: "I'd be angry too" with no condemnation is empathy; said while joining the customer's condemnation it is
// sympathy-agreement, not both (of the rules' empathy false alarms on the training parts, 43 of 143 are replies the
// writer labels sympathy_agreement). Drops, in place, empathy found in a sentence that also holds sympathy-agreement.
function dropEmpathyInSympathy(text: string, findings: LintFinding[]): void {
  let kept = 0;
  for (const f of findings) {
    const gone =
      f.label === 'empathy' &&
      findings.some(
        (g) =>
          g.label === 'sympathy_agreement' && sentenceStart(text, g.span.start) === sentenceStart(text, f.span.start),
      );
    if (!gone) findings[kept++] = f;
  }
  findings.length = kept;
}

// Removes, in place, every finding of the given labels.
function dropLabels(findings: LintFinding[], labels: readonly ReplyLabel[]): void {
  let kept = 0;
  for (const f of findings) if (!labels.includes(f.label)) findings[kept++] = f;
  findings.length = kept;
}

const hasLabel = (findings: readonly LintFinding[], label: ReplyLabel): boolean => {
  for (const f of findings) if (f.label === label) return true;
  return false;
};

// Policy is hidden behind only to say no, and a rigid refusal is a no: without one in the reply, neither can be there.
const REFUSAL = /n't\b|\b(?:not|no|never|unable|cannot|only|unfortunately|afraid|decline[ds]?|refuse[ds]?)\b/i;

// Sympathy-agreement is the agent joining the customer's condemnation: an agent who says they don't agree has not joined.
const DISAGREES = /\b(?:don't|do not|can't|cannot|won't|wouldn't|would not|couldn't) (?:really )?agree\b|\bdisagree\b/i;

// Ownership accepts the company's responsibility: a reply that denies it ("the courier's mistake, not ours", "this
// wasn't our error", "it isn't down to us", "nothing to do with us") has not accepted it, whatever words it shares.
const DENIES_FAULT =
  /(?:\bnot|n't|\bnever)(?: (?:really|actually|entirely|down to|on))? (?:ours|us|our (?:fault|error|mistake|doing|responsibility|problem|issue))\b|\bnothing to do with (?:us|our)\b/i;

/**
 * What the labelling conventions rule out whatever the classifier scores: an apology the rules found is no non-apology,
 * a reply with a timed next step is not judged vague, policy language and rigid refusals need a refusal in the reply,
 * a reply that disagrees with the customer's verdict is no sympathy-agreement, and one that denies the fault is no
 * ownership.
 */
function classifierMayAdd(label: ReplyLabel, text: string, findings: readonly LintFinding[]): boolean {
  switch (label) {
    case 'non_apology':
      return !hasLabel(findings, 'apology');
    case 'vague_promise':
      return !hasLabel(findings, 'concrete_next_step_with_time');
    case 'policy_language':
    case 'refusal_rigid':
      return REFUSAL.test(text);
    case 'sympathy_agreement':
      return !DISAGREES.test(text);
    case 'ownership':
      return !DENIES_FAULT.test(text);
    default:
      return true;
  }
}

const byPlace = (a: LintFinding, b: LintFinding): number =>
  a.span.start - b.span.start || a.span.end - b.span.end || a.label.localeCompare(b.label);

/**
 * Lints an agent reply: every playbook move and anti-pattern found, with its span, principle and (for anti-patterns) a rewrite.
 * The rules run first; the classifier (SHIPPED_CLASSIFIER unless another or `null` is passed) then adds labels the rules
 * missed where its best sentence clears the label's high threshold, each spanning that sentence, and drops a label the
 * rules found where it has a veto for the label and no sentence of the reply scores above it.
 */
export function lint(
  reply: string,
  context: LintContext = {},
  classifier: LintClassifier | null = SHIPPED_CLASSIFIER,
): LintFinding[] {
  const text = normalizeApostrophes(reply);
  const venting = isVenting(context);
  const cues = new CustomerCues(context.customerMessage, context.customerAbusive);
  const findings: LintFinding[] = [];
  const matcher = ruleMatcher();
  const matches = matcher.match(text);
  const rules = LINT_RULES;
  let superseding: Array<{ labels: readonly ReplyLabel[]; span: Span }> | undefined;
  // Only rules with a match can find anything; they run in declaration order.
  for (const r of matcher.matched) {
    const rule = rules[r]!;
    if (rule.whenVenting && !venting) continue;
    if (rule.once && hasLabel(findings, rule.label)) continue;
    // Reply-wide guards are tested only once the rule has a candidate match.
    let replyGuardsPass: boolean | undefined;
    const spans = matches[r]!;
    for (let k = 0; k < spans.length; k += 2) {
      replyGuardsPass ??=
        !(rule.inReply && !rule.inReply.test(text)) &&
        !rule.notInReply?.test(text) &&
        !(rule.whenAbusive && !cues.isAbusive()) &&
        !(rule.whenCondemning && !cues.isCondemning());
      if (!replyGuardsPass) break;
      const span = { start: spans[k]!, end: spans[k + 1]! };
      if (passesGuards(rule, text, span.start) && !overlapsSameLabel(findings, rule.label, span)) {
        findings.push(makeFinding(rule.label, span, rule));
        if (rule.supersedes) {
          superseding ??= [];
          superseding.push({ labels: rule.supersedes, span });
        }
        if (rule.once) break;
      }
    }
  }
  if (superseding !== undefined) dropSuperseded(findings, superseding);
  if (classifier !== null) {
    // The classifier adds labels the rules missed and, for the labels it has a veto for, drops rule findings it scores
    // very low (a rule's false alarm on a family it was not written for).
    const { hits, vetoed } = review(
      classifier,
      text,
      (label) => hasLabel(findings, label),
      (label) => !classifierMayAdd(label, text, findings),
    );
    if (vetoed.length > 0) dropLabels(findings, vetoed);
    for (const hit of hits) findings.push(makeFinding(hit.label, { start: hit.start, end: hit.end }));
  }
  if (hasLabel(findings, 'empathy') && hasLabel(findings, 'sympathy_agreement')) dropEmpathyInSympathy(text, findings);
  // C1 without a marker: a sentence that tells the customer's own complaint back to them.
  if (context.customerMessage !== undefined && !hasLabel(findings, 'restatement')) {
    const recap = findRecaps(text, context.customerMessage)[0];
    if (recap !== undefined) findings.push(makeFinding('restatement', recap));
  }
  for (const span of findCustomerNames(text, context.customerName)) {
    if (!overlapsSameLabel(findings, 'uses_customer_name', span))
      findings.push(makeFinding('uses_customer_name', span));
  }
  return sortSmall(findings, byPlace);
}

/** The distinct labels `lint` finds, sorted by name (as in the agent-replies dataset). */
export function lintLabels(
  reply: string,
  context: LintContext = {},
  classifier: LintClassifier | null = SHIPPED_CLASSIFIER,
): ReplyLabel[] {
  return [...new Set(lint(reply, context, classifier).map((f) => f.label))].sort();
}
