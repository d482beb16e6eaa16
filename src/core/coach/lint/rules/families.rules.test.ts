import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PrincipleId } from '../../../principles.ts';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

/**
 * Wording families real agents use, by principle: each label has positives from several families (the comment names
 * the family) and near-miss negatives. Written for the project from the label definitions; none is copied from an
 * evaluation set. A rule added for one sentence of a family and not the rest fails here.
 */
type Case = [reply: string, flagged: boolean];
const FAMILIES: Partial<Record<PrincipleId, Partial<Record<ReplyLabel, Case[]>>>> = {
  A2: {
    non_apology: [
      // Feelings as the thing regretted.
      ["I'm sorry you feel that way.", true],
      ["I'm sorry that you're upset, but these things happen.", true],
      ['I regret that you are unhappy with our service.', true],
      ["Sorry to hear you're disappointed with the repair.", true],
      ["We're sorry you were left feeling frustrated.", true],
      ["I'm sorry you weren't happy with the room.", true],
      // What the customer thinks or perceives.
      ["I'm sorry you think we overcharged you.", true],
      ["Sorry you got the impression we weren't listening.", true],
      // Conditional.
      ["I'm sorry if you were inconvenienced.", true],
      ['Apologies if this caused any confusion.', true],
      ['We apologise for any inconvenience this may have caused.', true],
      ['I apologize if my colleague came across as rude.', true],
      // Feelings or expectations as the object.
      ['Sorry for your frustration with the process.', true],
      ["I'm sorry the meal didn't meet your expectations.", true],
      // Near misses: a real apology for what happened.
      ["I'm sorry you were charged twice; I've refunded it.", false],
      ["I'm sorry you've been without heating since Monday.", false],
      ["I'm so sorry you had to chase us three times.", false],
      ['Sorry for the inconvenience.', false],
      ['Sorry, if you could send the order number I will check it.', false],
      ["There's no need to be sorry if you missed the email.", false],
    ],
    apology: [
      // A non-apology is not an apology (A1).
      ["I'm sorry you feel that way.", false],
      ['Sorry if you were inconvenienced.', false],
      ["I'm sorry you were charged twice.", true],
    ],
  },
  F1: {
    vague_promise: [
      // Nobody in particular.
      ['Someone will get back to you soon.', true],
      ['A member of our team will be in touch.', true],
      ['The relevant department will review it.', true],
      // The case does it by itself (passive).
      ['Your complaint will be passed on to the right people.', true],
      ['It will be looked into.', true],
      // An owner but no time.
      ["We'll look into it and be in touch.", true],
      ["I'll get back to you once I know more.", true],
      ["They'll sort it out in due course.", true],
      ["You'll hear from us as soon as possible.", true],
      ['We will do our best to fix this as soon as we can.', true],
      // Near misses: a time, an offer, acting now.
      ["I'll call you back by 4pm today.", false],
      ['The refund will reach your card within 5 working days.', false],
      ["We'll look into it. I'll ring you tomorrow morning with an update.", false],
      ['Would you like me to look into it?', false],
      ["I'm looking into it right now.", false],
      ["I'll check that right away while you're on the line.", false],
    ],
  },
  R6: {
    refusal_rigid: [
      // A refusal behind an acknowledgement.
      ["I understand your frustration, but there's nothing I can do.", true],
      ['I hear you, however the charge stands.', true],
      ["I appreciate that, but unfortunately it's not possible.", true],
      ["I hear what you're saying, but I can't change the booking.", true],
      // Flat no.
      ['The decision is final.', true],
      ["There's nothing more we can do at this point.", true],
      ["We won't be making an exception.", true],
      ["I'm unable to help you any further with this.", true],
      ['The charge will stay on the account.', true],
      // Near misses: a compromise offered, or "can't" about something else.
      ['I understand, but I can offer you a voucher instead.', false],
      ["I can't refund it, but I can give you credit for next month.", false],
      ["I can't see the order yet; let me check the other account.", false],
    ],
  },
  R2: {
    policy_language: [
      // Another party's policy or rules.
      ["That's the airline's policy.", true],
      ["The bank's rules don't allow it.", true],
      ["It's the venue's policy, not ours.", true],
      ["Under the insurer's terms this isn't covered.", true],
      ["Data protection rules mean I can't discuss the account with you.", true],
      ["The fare rules don't allow changes.", true],
      // Near misses: policy in the customer's favour.
      ['Our price promise covers drops within 14 days, so I have refunded the difference.', false],
      ["The airline's policy lets us rebook you for free.", false],
    ],
  },
};

for (const [principle, labels] of Object.entries(FAMILIES)) {
  describe(`${principle} wording families`, () => {
    for (const [label, cases] of Object.entries(labels) as Array<[ReplyLabel, Case[]]>) {
      assert.equal(
        REPLY_LABELS[label].principle === principle || label === 'apology',
        true,
        `${label} under ${principle}`,
      );
      for (const [reply, flagged] of cases) {
        test(`${label}: ${JSON.stringify(reply)} is ${flagged ? '' : 'not '}flagged`, () => {
          const got = lintLabels(reply);
          assert.equal(got.includes(label), flagged, JSON.stringify(got));
        });
      }
    }
  });
}
