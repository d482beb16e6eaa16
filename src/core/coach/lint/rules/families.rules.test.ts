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
  A3: {
    blame_company_or_colleague: [
      // A colleague got it wrong.
      ['The agent you spoke to last week gave you the wrong information.', true],
      ["Whoever took your call yesterday didn't log the request.", true],
      ["My colleague clearly didn't read your notes.", true],
      ["The engineer who came out didn't finish the job properly.", true],
      ["The driver didn't even bother to knock.", true],
      // Another team's fault.
      ['Our accounts team messed up your invoice.', true],
      ['Dispatch never passed the message on.', true],
      ["It's the back office that's been sitting on it.", true],
      ["That's a billing department issue, not something I caused.", true],
      // Passive, with the team named.
      ['It looks like it was never actioned by the processing team.', true],
      ["Your request wasn't passed on by the branch.", true],
      // The company or management.
      ['Management decided to cut the phone line, not me.', true],
      ["Honestly, head office doesn't listen to us either.", true],
      // Not mine.
      ["That's not my department, you'd have to ring them.", true],
      ["I just work here, I don't make the decisions.", true],
      // Near misses.
      ["I've asked the warehouse to send the right size today.", false],
      ['Our billing team will call you by 5pm.', false],
      ['The engineer is on his way now.', false],
      ["I'm sorry our engineer didn't turn up; that's on us and I'm booking a new visit.", false],
    ],
    sympathy_agreement: [
      // Agreeing, and condemning.
      ["You're right, it's a complete shambles.", true],
      ['Honestly, I agree, the new app is rubbish.', true],
      ["Yeah, they're hopeless over there.", true],
      // Admitting the company is bad.
      ['Between us, the system is a nightmare.', true],
      ['Our customer service really has gone downhill lately.', true],
      ["I'm not surprised, this place is a joke sometimes.", true],
      ["It's embarrassing how long refunds take here.", true],
      // Siding against the company.
      ["I'd have cancelled on us too, to be honest.", true],
      ["I wouldn't put up with that from us either.", true],
      ["If I were you I'd switch providers, honestly.", true],
      // Everyone says so.
      ["You're not the first to say that this week, everyone complains about it.", true],
      ['Tell me about it, we hear this every day.', true],
      // Near misses: empathy or agreement about the facts.
      ["I'd be angry too after three missed visits.", false],
      ["You're right to be upset; I'm fixing it now.", false],
      ["You're right that the charge shouldn't be there, so I've removed it.", false],
      ['I know how much you were looking forward to it.', false],
    ],
    empathy: [
      // What the failure cost, and why the feeling follows.
      ["Three outages when you work from home means lost income, so of course you're angry.", true],
      ['With a newborn at home, no heating is frightening.', true],
      ['You planned your whole day around that delivery, and it never came.', true],
      ["That's your weekend gone, waiting in for an engineer.", true],
      ["When it's your rent money on hold, every day counts.", true],
      ['After being promised a call back twice, anyone would lose faith.', true],
      ['Being charged for something you cancelled feels like being ignored.', true],
      ["You've done everything right and still ended up out of pocket.", true],
      // Near misses: a bare acknowledgement.
      ['I understand your frustration.', false],
      ['I hear you.', false],
      ["I understand your frustration, and I'll fix it.", false],
      ["I know it's annoying, but refunds are only for cancelled events.", false],
      ["I get that this is really frustrating and I'm going to keep working on it.", false],
      // The nod that does say why.
      ["I know it's tedious work the second time round.", true],
      ['That puts you in an awkward spot with your landlord.', true],
      ['It left you stranded at the airport overnight.', true],
    ],
  },
  A4: {
    excuse: [
      // Busy or short of people.
      ["We've had a lot of calls this week.", true],
      ['Half the team is off with flu.', true],
      ["It's our busiest time of year.", true],
      ["We're a bit stretched at the moment.", true],
      // Systems.
      ['The system was down all morning.', true],
      ['There was a glitch with the payment page.', true],
      ["Our computers were being updated, so the order didn't go through.", true],
      // Someone outside.
      ['The courier lost it in transit.', true],
      ['The weather held the van up.', true],
      ['The supplier sent us the wrong parts.', true],
      ['Air traffic control restrictions caused the delay.', true],
      ['The rental company double-booked the car.', true],
      // It's normal.
      ['These things happen, unfortunately.', true],
      ['Delays are normal at this time of year.', true],
      ["That's to be expected with a new build.", true],
      ['It happens from time to time.', true],
      // Out of our hands.
      ["It's out of our hands.", true],
      ['There was nothing we could have done.', true],
      // Near misses.
      ["The storm damaged your roof, so I've booked a roofer for Monday.", false],
      ["That's our mistake, and there's no excuse for it.", false],
      ["I've fixed the settings so it won't happen again.", false],
      ['The courier is bringing it round this afternoon.', false],
    ],
  },
  C2: {
    condescension: [
      ["It's really quite simple.", true],
      ["Bless you, it's only a password reset.", true],
      ["As I've already explained twice, the fee is fixed.", true],
      ['Let me explain it slowly.', true],
      ["It's not difficult if you follow the steps.", true],
      ["I'll keep it simple for you.", true],
      ["It's all there in black and white.", true],
      ['Try to follow along this time.', true],
      ["Okay, let's try this one more time.", true],
      ['Have you actually read the instructions?', true],
      ['You do know what a PIN is, right?', true],
      // Near misses.
      ['Here is how it works: the fee covers the first month.', false],
      ["It's simple to fix: I'll reset it now.", false],
      ['Let me walk you through it step by step.', false],
      ["I've explained the charge in the email I just sent.", false],
    ],
    scolding: [
      ['You should have read the terms before booking.', true],
      ['Next time, please check the size chart first.', true],
      ["If you'd checked your email, you'd have seen the notice.", true],
      ['You really need to keep your receipts.', true],
      ['You were told about the deadline when you booked.', true],
      ["It's important that customers read their confirmation.", true],
      ['In future, make sure you cancel 48 hours ahead.', true],
      ['You ought to have called us first.', true],
      ['You left it too late to change it.', true],
      ['That is why we ask everyone to double-check their address.', true],
      ["It's your responsibility to update your details.", true],
      ['You must remember to log out on shared computers.', true],
      // Near misses.
      ['You should have received the refund by now; let me check.', false],
      ['You should see it within three working days.', false],
      ['Next time you call, ask for me directly.', false],
      ['You were right to call us.', false],
    ],
  },
  B2: {
    you_statement_blame: [
      // Fault put on the customer.
      ['You entered the wrong code.', true],
      ["You didn't give us the right address.", true],
      ['You put the wrong postcode on the order.', true],
      ['You made an error on the form.', true],
      ["That's because you cancelled the direct debit.", true],
      ['You must have typed it in wrong.', true],
      ["You're the one who cancelled the booking.", true],
      ['You caused the overdraft by moving the money.', true],
      // Bad behaviour put on the customer.
      ["You're being very rude.", true],
      ['You keep interrupting me.', true],
      ["You've been shouting at me for ten minutes.", true],
      ['You need to stop swearing.', true],
      // Near misses.
      ['You entered everything correctly; the error was ours.', false],
      ["You're right to question the charge.", false],
      ['You did nothing wrong.', false],
      ['You gave us the right address, and we still sent it elsewhere.', false],
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
      ["There's no option to change the date now.", true],
      ["I'm afraid we don't do refunds on sale items.", true],
      ["Unfortunately that's just not something we offer.", true],
      ["No, I can't do that.", true],
      ["The booking can't be changed.", true],
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
      // Our own policy, named by its kind.
      ["That's our billing policy, you need to wait for the cycle to close.", true],
      ['It is the standard refund procedure, I am afraid.', true],
      ["That's just our returns policy.", true],
      // Near misses: policy in the customer's favour, or no policy at all.
      ['Honesty is the best policy, so here it is: we got the bill wrong and I have refunded it.', false],
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

// The same families in other voices (chat, e-mail, phone; British, American, Indian English), all flagged.
const MORE_VOICES: Array<[ReplyLabel, string]> = [
  ['blame_company_or_colleague', "Tbh the night shift never updates anything so that's probably why."],
  ['blame_company_or_colleague', "The team at the branch should have flagged it, they didn't."],
  ['blame_company_or_colleague', 'Looks like someone in accounts forgot to apply the credit.'],
  ['blame_company_or_colleague', "Our installers rushed the job, that's why it's leaking."],
  ['blame_company_or_colleague', "The guy who sold you the contract shouldn't have promised that."],
  ['blame_company_or_colleague', 'Kindly note the error was made by the concerned department.'],
  ['blame_company_or_colleague', 'Sales always overpromise and then we have to sort it out.'],
  ['blame_company_or_colleague', 'Unfortunately the previous advisor noted your details incorrectly.'],
  ['blame_company_or_colleague', "It was the store manager's decision, I had nothing to do with it."],
  ['blame_company_or_colleague', "Whoever packed it clearly didn't check the order."],
  ['sympathy_agreement', 'Mate, I hear you, our delivery partners are a joke.'],
  ['sympathy_agreement', "Honestly the whole billing setup here is a mess, I don't blame you at all."],
  ['sympathy_agreement', "Yep, the app's been rubbish since the update, everyone's saying it."],
  ['sympathy_agreement', "I know right, it's ridiculous how long the queue is."],
  ['sympathy_agreement', "You're dead right, they should've sorted it months ago."],
  ['sympathy_agreement', 'Haha same, I can never get through to them either.'],
  ['sympathy_agreement', 'Agreed, the way this was handled is appalling.'],
  ['excuse', "We're currently experiencing high demand so responses are slower."],
  ['excuse', 'Due to the bank holiday, orders were delayed.'],
  ['excuse', 'Our engineer got stuck in traffic.'],
  ['excuse', 'There was a mix-up at the depot.'],
  ['excuse', "It's been a really busy period for us."],
  ['excuse', 'The new system takes a while to process changes.'],
  ['excuse', 'Deliveries are taking longer than usual at the moment.'],
  ['excuse', 'Our payment provider had an outage on Friday.'],
  ['excuse', 'That was caused by a software update on our end.'],
  ['excuse', 'Unfortunately this happens occasionally with new meters.'],
  ['condescension', "I'll say it again: the fee is non-refundable."],
  ['condescension', "It's pretty self-explanatory if you read the page."],
  ['condescension', "I'm not sure how much clearer I can make this."],
  ['condescension', "Let's go through it again, slowly this time."],
  ['condescension', "Do you understand what I'm saying?"],
  ['condescension', 'Most of our customers manage to do this online without any help.'],
  ['condescension', "It's a very basic process, honestly."],
  ['condescension', "I've gone over this with you several times now."],
  ['scolding', "You should've kept the original packaging."],
  ['scolding', 'You were supposed to return it within 30 days.'],
  ['scolding', 'Please make sure you read the T&Cs next time.'],
  ['scolding', 'If you had paid on time, there would be no late fee.'],
  ['scolding', 'Customers are expected to check their statements.'],
  ['scolding', 'You need to be more careful with your PIN.'],
  ['scolding', "This could have been avoided if you'd contacted us earlier."],
  ['scolding', 'Ideally you should have reported it straight away.'],
  ['you_statement_blame', "You didn't read the confirmation email properly."],
  ['you_statement_blame', "You've obviously misunderstood the terms."],
  ['you_statement_blame', 'You booked the wrong date, not us.'],
  ['you_statement_blame', 'It was you who chose the cheaper tariff.'],
  ['you_statement_blame', 'You gave us the old address.'],
  ['you_statement_blame', 'Your payment bounced because you had insufficient funds.'],
  ['you_statement_blame', "You're not making this easy."],
  ['you_statement_blame', 'You keep changing your story.'],
  ['refusal_rigid', "There's nothing else I can do for you."],
  ['refusal_rigid', "That isn't something we can change."],
  ['refusal_rigid', "Unfortunately we're unable to offer a refund in this case."],
  ['refusal_rigid', 'We cannot accept returns after 30 days.'],
  ['refusal_rigid', 'This is our final offer.'],
  ['refusal_rigid', 'The booking is non-transferable.'],
  ['refusal_rigid', "I won't be able to do that."],
  ['refusal_rigid', "We're not in a position to compensate you."],
  ['refusal_rigid', 'Refunds are not possible at this stage.'],
  ['non_apology', "We're sorry to hear you are not satisfied with our service."],
  ['non_apology', 'I am sorry that you feel our response was inadequate.'],
  ['non_apology', 'Sorry if there was any confusion on your part.'],
  ['non_apology', 'We regret any inconvenience you may have experienced.'],
  ['non_apology', "I apologise if our engineer's manner upset you."],
  ['non_apology', "Sorry you've had a bad impression of us."],
  ['non_apology', "I'm sorry that this has left you feeling frustrated."],
  ['non_apology', 'Apologies for any upset caused.'],
  ['non_apology', "We're sorry to learn that you were dissatisfied with your stay."],
  ['non_apology', 'I am sorry you are disappointed, however the fee is correct.'],
  ['non_apology', "Sorry that's how you feel about it."],
  ['non_apology', "I'm sorry you found the process confusing."],
  ['non_apology', 'Sorry if I came across as rude earlier.'],
  ['non_apology', "I'm sorry if that sounded dismissive."],
  ['non_apology', 'We apologise if you feel you were treated unfairly.'],
  ['non_apology', "I'm sorry you weren't pleased with the outcome."],
  ['non_apology', 'Sorry for any frustration this may have caused you.'],
  ['apology', "I'm sorry we kept you waiting for forty minutes."],
  ['apology', 'Sorry you had to ring us three times about this.'],
  ['apology', "I'm really sorry your flight was cancelled."],
  ['apology', "I'm sorry, that should never have happened."],
  ['apology', 'Sorry for the mix-up with your order.'],
  ['apology', 'We apologise for the delay to your refund.'],
  ['apology', "I'm so sorry you've been without internet all week."],
  ['apology', 'Sorry you were given the wrong information.'],
  ['apology', "I'm sorry you had such a frustrating time getting through to us."],
  ['vague_promise', 'We will get back to you in due course.'],
  ['vague_promise', 'Our team will reach out once we have an update.'],
  ['vague_promise', "I'll pass your feedback on to the relevant department."],
  ['vague_promise', 'Someone from our technical team will contact you.'],
  ['vague_promise', "We're looking into it and will update you soon."],
  ['vague_promise', 'It will be resolved as soon as possible.'],
  ['vague_promise', "I'll ask someone to give you a call."],
  ['vague_promise', 'The matter has been escalated and you will be contacted shortly.'],
  ['vague_promise', "Leave it with us and we'll sort it."],
  ['vague_promise', 'An engineer will be in touch to arrange a visit.'],
  ['vague_promise', "I'll let the team know and they'll follow up."],
  ['vague_promise', 'Your feedback will be shared with the team.'],
  ['policy_language', 'Our terms state that deposits are non-refundable.'],
  ['policy_language', "As per company guidelines, I can't issue a refund."],
  ['policy_language', "Unfortunately it's against our rules to change the name on a ticket."],
  ['policy_language', "The policy doesn't allow refunds on opened items."],
  ['policy_language', 'According to the tenancy agreement, repairs under \u00a3100 are your responsibility.'],
  ['policy_language', "I'm bound by the terms of your contract."],
  ['policy_language', 'Regulations require us to hold the funds for 10 days.'],
  ['policy_language', 'Our procedure is to wait 30 days before reissuing.'],
  ['policy_language', 'This falls outside our returns policy.'],
  ['policy_language', 'I have to go by what the policy says.'],
  ['policy_language', "That's standard practice, I'm afraid."],
  ['policy_language', 'The rules say we can only refund to the original card.'],
  ['policy_language', 'Head office policy is clear on this.'],
  ['policy_language', "Our hands are tied by the insurer's terms."],
  ['scolding', "You'd know this if you'd read the welcome pack."],
  ['scolding', 'To avoid this in future, please keep your login details safe.'],
  ['scolding', "It's always a good idea to check before you pay."],
  ['scolding', 'We do advise all customers to read the small print.'],
  ['scolding', 'You need to take responsibility for your own account.'],
  ['scolding', 'You really should have contacted us sooner.'],
  ['scolding', 'We did send you three reminders.'],
  ['excuse', 'Our engineers are stretched across the region right now.'],
  ['excuse', "The factory's had problems with supply."],
  ['excuse', "That's down to the courier, not us."],
  ['excuse', 'The delay is because of the volume of claims after the storm.'],
  ['excuse', "We've had staff shortages all month."],
  ['excuse', 'Things have been hectic since the merger.'],
  ['excuse', 'The price went up because our costs went up.'],
  ['refusal_rigid', "We don't make exceptions, sorry."],
  ['refusal_rigid', "Your claim has been declined and that's final."],
  ['refusal_rigid', "That's the best I can do."],
  ['refusal_rigid', "I'm not authorised to go above that."],
  ['refusal_rigid', "There's really nothing further we can offer."],
  ['refusal_rigid', "We can't reverse a completed transfer."],
  ['refusal_rigid', 'The answer is still no.'],
  ['refusal_rigid', 'No refunds will be issued.'],
  ['refusal_rigid', "I've checked and the decision won't be changed."],
  ['blame_company_or_colleague', 'It seems your request was never processed by our back office.'],
  ['blame_company_or_colleague', "Apparently the branch staff didn't pass your paperwork on."],
  ['blame_company_or_colleague', "The call centre gave you incorrect advice, I'm afraid."],
  ['blame_company_or_colleague', 'My colleague on the earlier shift made an error with your booking.'],
  ['blame_company_or_colleague', "That one's on the warehouse, they picked the wrong item."],
  ['blame_company_or_colleague', 'Customer services should have told you about the fee.'],
  ['blame_company_or_colleague', 'The team who handled your claim dropped the ball.'],
  ['blame_company_or_colleague', 'To be honest, the booking team messed this up.'],
  ['blame_company_or_colleague', "Our IT department still hasn't fixed the login bug."],
  ['blame_company_or_colleague', 'The last person you spoke with should never have cancelled it.'],
  ['sympathy_agreement', 'I completely agree, our website is a nightmare to use.'],
  ['sympathy_agreement', "You're absolutely right, it's a total joke how they treated you."],
  ['sympathy_agreement', "Honestly, I'd be embarrassed too if I worked in that department."],
  ['sympathy_agreement', "Yeah, the management here doesn't have a clue."],
  ['sympathy_agreement', "Ha, you're not wrong there, the queue times are ridiculous."],
  ['sympathy_agreement', 'I hear this all the time, the app is useless.'],
  ['you_statement_blame', "You've been rude to me this whole call."],
  ['you_statement_blame', "You're making this very difficult."],
  ['you_statement_blame', "You never told us you'd moved."],
  ['you_statement_blame', 'You forgot to activate the card.'],
  ['you_statement_blame', "Sir, you're the one who's being unreasonable."],
  ['you_statement_blame', "You're wrong about that, the charge is correct."],
  ['calm_down', "Please don't panic, it's only a small fee."],
  ['calm_down', 'Try not to get so worked up about it.'],
  ['calm_down', "There's no need to get upset."],
  ['calm_down', "Relax, it'll be fine."],
  ['calm_down', 'Okay, take a breath.'],
  ['calm_down', "Let's all just calm down a bit."],
  ['calm_down', 'Please stop shouting at me.'],
  ['condescension', 'Well, obviously the app needs to be updated first.'],
  ['condescension', "I'm going to need you to listen very carefully."],
  ['condescension', "It's not rocket science, just press reset."],
  ['condescension', "As you'd know if you'd read the letter, the tariff changed."],
  ['condescension', 'Sweetheart, the bill is in your name.'],
  ['condescension', "Look, it's a simple matter of reading the meter."],
];

describe('wording families in other voices', () => {
  for (const [label, reply] of MORE_VOICES) {
    test(`${REPLY_LABELS[label].principle} ${label}: ${JSON.stringify(reply)} is flagged`, () => {
      const got = lintLabels(reply);
      assert.ok(got.includes(label), JSON.stringify(got));
    });
  }
});

// Near misses in other voices: a real apology is no non-apology; a timed, immediate or offered step is no vague promise.
const MORE_NEAR_MISSES: Array<[ReplyLabel, string]> = [
  // Session 6: moved here from the positives. Naming a known issue is not an excuse (round 1 and writer-r label it none),
  // and the terms the customer signed, cited, are policy language, not a telling-off.
  ['scolding', 'As stated in the terms you signed, you had 14 days.'],
  ['excuse', "It's a known issue with that model."],
  ['non_apology', "I'm sorry we kept you waiting for forty minutes."],
  ['non_apology', 'Sorry you had to ring us three times about this.'],
  ['non_apology', "I'm really sorry your flight was cancelled."],
  ['non_apology', "I'm sorry, that should never have happened."],
  ['non_apology', 'Sorry for the mix-up with your order.'],
  ['non_apology', 'We apologise for the delay to your refund.'],
  ['non_apology', "I'm so sorry you've been without internet all week."],
  ['non_apology', 'Sorry you were given the wrong information.'],
  ['non_apology', "I'm sorry you had such a frustrating time getting through to us."],
  ['vague_promise', "I'll call you at 3pm tomorrow with the result."],
  ['vague_promise', 'The engineer will arrive between 8 and 12 on Thursday.'],
  ['vague_promise', "I've refunded it and it will show within 3-5 working days."],
  ['vague_promise', "I'll stay on the line while I check."],
  ['vague_promise', "If you'd like, I can escalate it now."],
  ['vague_promise', "We'll never share your details."],
  ['policy_language', "Our policy is to refund you in full, so I've done that."],
  ['policy_language', "Under our price promise, you're due the difference and I've refunded it."],
  ['policy_language', "I'll check the policy to see what I can offer."],
];

describe('near misses in other voices', () => {
  for (const [label, reply] of MORE_NEAR_MISSES) {
    test(`${REPLY_LABELS[label].principle} ${label}: ${JSON.stringify(reply)} is not flagged`, () => {
      const got = lintLabels(reply);
      assert.ok(!got.includes(label), JSON.stringify(got));
    });
  }
});

// Good replies that brush against the families (a colleague named, an outside cause owned, a can't with an offer): no
// anti-pattern at all.
const GOOD_REPLIES: string[] = [
  "I'm so sorry your parcel went missing. I've sent a replacement by next-day delivery and it'll be with you tomorrow before 1pm.",
  "Thanks for bearing with me. I can see the payment left your account twice; I've reversed the second one and you'll see it back within 3 working days.",
  "That must have been stressful, especially with guests arriving. I've booked an engineer for 8am tomorrow and I'll call you at 7:30 to confirm.",
  "You're right to flag this. The charge shouldn't be there, so I've removed it.",
  "I'm Priya from the billing team, and my direct line is 020 7946 0321 if anything else comes up.",
  "The engineer who came on Monday should have left a card; I'm sorry he didn't. I've rebooked him for Thursday at 10.",
  'Our warehouse team will pack the replacement today and the courier collects at 4pm.',
  "I can't waive the whole fee, but I can refund half of it right now. Would that help?",
  'So you were charged for a room you cancelled in March, and nobody replied to your two emails. Is that right?',
  'What would you like us to do: a full refund, or a credit for your next stay?',
  "Let me check the booking system now while you're on the line.",
  "I understand you were promised a callback that never came. That's on us, and I'm sorry.",
  'The courier has confirmed the parcel is at the depot and will be delivered tomorrow morning.',
  'Your refund was processed by our billing team this morning and should reach your card in 3-5 working days.',
  "We had a power cut at the warehouse, but that's no excuse; I'm sending your order by express today.",
  "I'd be frustrated too after three missed appointments. I'm booking a senior technician for Friday at 9.",
  "The previous owner's direct debit was still active, so I've cancelled it and refunded the \u00a340 today.",
  'Thank you for telling us. Could you send me the order number so I can look into it straight away?',
  "I'm sorry for the wait on the phone today. I've got your account open now.",
  "Good news: under our price promise you're due the \u00a330 difference, and I've refunded it.",
];

describe('good replies near the families carry no anti-pattern', () => {
  for (const reply of GOOD_REPLIES) {
    test(JSON.stringify(reply), () => {
      const anti = lintLabels(reply).filter((label) => REPLY_LABELS[label].polarity === 'anti');
      assert.deepEqual(anti, []);
    });
  }
});
