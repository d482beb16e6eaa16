import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReplyLabel } from '../../labels.ts';
import { lint, lintLabels } from '../lint-engine.ts';

/**
 * The clause families of generalized.rules.ts, each with positives in several wordings and near misses. Sentences are
 * written for this test from the label definitions (not copied from any corpus or evaluation set); the rules alone are
 * tested (no classifier).
 */
type Case = [reply: string, flagged: boolean, customer?: string];
const check = (label: ReplyLabel, cases: Case[]): void => {
  for (const [reply, flagged, customer] of cases) {
    const labels = lintLabels(reply, customer === undefined ? {} : { customerMessage: customer }, null);
    assert.equal(labels.includes(label), flagged, `${label} ${flagged ? 'missed' : 'wrongly found'}: ${reply}`);
  }
};

test('excuse: an outside party as the subject of what went wrong', () => {
  check('excuse', [
    ['The removals firm we use has been struggling with drivers all month.', true],
    ['Our glass supplier hasn’t sent the replacement panels yet.', true],
    ['The letting agent has to approve the repair before we can start.', true],
    ["The parts manufacturer is way behind on orders, I'm afraid.", true],
    ['The landlord still has not responded to us.', true],
    // Near misses: the customer as the cause, the party only someone to contact, their terms, an owned failure.
    ['You gave the old address, so the courier went to the wrong house.', false],
    ["I'll ring the supplier now and call you back by 3pm.", false],
    ["The supplier's terms only allow a swap, not a refund.", false],
    ['Our supplier team forgot to order it, which is on us.', false],
  ]);
});

test('excuse: an event that happened to the service, reported as the reason', () => {
  check('excuse', [
    ["There's been a power cut at the depot since this morning.", true],
    ['We were hit by a burst main overnight.', true],
    ["The bank holiday was absolutely manic, we're still catching up.", true],
    ['Engine trouble aside, there are staff shortages across the whole route this week.', true],
    ['Our booking system has been really unreliable since the update.', true],
    ['We just did not have enough drivers on Saturday.', true],
    ['Our engineer is stuck in traffic on the ring road.', true],
    ["Rents are going up everywhere, it's the same everywhere.", true],
    // Near misses: the customer's own news, a question, a condition.
    ["Dealing with your claim on top of a flood at home must be exhausting; let's get it moving today.", false],
    ['Was there a power cut at your end last night?', false],
    ['If there is an outage, the app shows it on the home screen.', false],
  ]);
});

test('blame: a colleague, team or the management as the subject of a lapse, a hurtful decision or a put-down', () => {
  check('blame_company_or_colleague', [
    ['The returns team forgot to log it when it came back.', true],
    ['Accounts must not have applied the credit.', true],
    ['Head office has cut the night staff again.', true],
    ["The managers don't care about this branch.", true],
    ['The booking desk double-booked the room.', true],
    ['The new advisor is hopeless, I have to say.', true],
    ['The claims team flagged it. They are way too trigger-happy.', true],
    // Near misses: an apology for what happened, ownership in the reply, the customer's account told back, a request.
    ["I'm sorry the engineer didn't come back as promised; I've booked him first thing tomorrow.", false],
    ["That's on us. Our installer should have checked the pipe first, and I'll send someone today.", false],
    ["So you paid for the upgrade and the driver didn't ask for a signature. I'll refund it now.", false],
    ["I've asked the returns team to log it today.", false],
  ]);
});

test('every finding of the new families names its principle', () => {
  const findings = lint('The returns team forgot to log it. There has been a power cut at the depot.', {}, null);
  const byLabel = new Map(findings.map((f) => [f.label, f.principle]));
  assert.equal(byLabel.get('blame_company_or_colleague'), 'A3');
  assert.equal(byLabel.get('excuse'), 'A4');
});

test('sympathy_agreement: siding with a customer who condemns the company, or agreeing and adding a verdict', () => {
  const condemning = 'Your lot are the worst bank in the country, honestly.';
  check('sympathy_agreement', [
    ["Can't argue with that, to be fair.", true, condemning],
    ["You're dead right, mate.", true, condemning],
    ['No arguments from me.', true, condemning],
    ["We're as fed up with it as you are.", true, condemning],
    ["We know, it's not a good look for us.", true, 'Another price rise and the app still crashes.'],
    ["Totally agree, the new layout's a step backwards.", true, 'The new app layout is unusable.'],
    ['Yeah, the charges here are steep.', true, 'Another fee on my statement.'],
    // Near misses: acknowledging without agreeing, an apology in the sentence, agreeing with a fair point about the case.
    ["I can hear how let down you feel, and I'm going to fix this today.", false, condemning],
    ["You're right, and I'm sorry, that should have been refunded last week.", false, condemning],
    [
      "You're right that the form asks for it twice; I'll pass that on.",
      false,
      'Why does the form ask for my address twice?',
    ],
    ['Yes, I can see the order here.', false, 'Where is my order?'],
  ]);
});

test("you_statement_blame: the customer's act as the cause, the counterfactual, what they were doing, what had lapsed", () => {
  check('you_statement_blame', [
    ['You returned the van after six, so you were charged for an extra day.', true],
    ["You'd have been refunded if you had cancelled before the cut-off.", true],
    ['If you had kept the receipt you would not have needed to pay again.', true],
    ["You weren't home when the driver called.", true],
    ["You were using your partner's card on the account.", true],
    ['Your passport had expired before the flight.', true],
    ['It happens because customers forget to update their details.', true],
    // Near misses: the customer's situation, a condition for later, ownership, and 'you'd know if you'd read' (talking down).
    ['You booked a quiet room, so a room over the bar was the wrong call on our part.', false],
    ['If you return it by Friday, you will get the full refund.', false],
    ["That's on us: you were charged for an extra day because our scanner was down.", false],
  ]);
});

test('refusal_rigid: a no with nothing offered instead, hedged or flat', () => {
  check('refusal_rigid', [
    ['No, the deposit stays with the landlord until the end of the tenancy.', true],
    ['We do not price match online retailers.', true],
    ['Your appeal has been rejected and the fine stands.', true],
    ["I hear you. Unfortunately I've got no way to remove the late fee.", true],
    ['Gym fees are non-refundable once the month has started.', true],
    ["You're liable for the full term of the contract.", true],
    // Near misses: an alternative offered, reassurance, a boundary, a condition.
    ['Gym fees are non-refundable once the month has started, but I can freeze your membership for two months.', false],
    ['All tickets are final sale. You can list them on our resale page.', false],
    ["No, it won't affect your credit score.", false],
    ['No worries, I can sort that now.', false],
    ['If the claim is rejected, I will call you to explain why.', false],
  ]);
});

test('condescension: shrinking the problem, making the answer obvious, or capping it with a pet name', () => {
  check('condescension', [
    ["It's only a parking ticket, there's no drama here.", true],
    ["There's no need to get so upset over a late pizza.", true],
    ["You press 'Pay now'. It's honestly that simple.", true],
    ['Most customers manage it on their own without calling.', true],
    ["I'd have thought everyone knew the store shuts at six.", true],
    ['The code is in bold at the top of the email.', true],
    ['The red light means it is charging, love.', true],
    // Near misses: a real small reassurance, an apology, thanks, a greeting, an offer.
    ["It's just a pre-authorisation; it drops off within three days.", false],
    ["It's just a courtesy reminder; nothing is owed on the account.", false],
    ['Thank you for waiting, sir.', false],
    ["Good morning, madam. I'll look into it now.", false],
  ]);
});

test("scolding: advice or an order about the customer's own conduct from now on", () => {
  check('scolding', [
    ['Please make sure the meter is read every month.', true],
    ['Always keep the delivery note until the item is fitted.', true],
    ["You shouldn't share your PIN with family members in future.", true],
    ['We recommend checking the box before signing for it next time.', true],
    ['Please remember to cancel before the renewal date next year, it is in the terms.', true],
    // Near misses: an invitation back, the agent's own action, sympathy, a safety step the agent takes over.
    ['Please call us again if the light comes back on.', false],
    ["You shouldn't have to chase us again for this.", false],
    ["Please don't use the heater again, I'll send an engineer today.", false],
    ["I'll make sure you get a reminder next time.", false],
  ]);
});

test('empathy: the why given — the cost weighed, what anyone would feel, the situation first, the feeling inferred', () => {
  check('empathy', [
    ['Losing a whole Saturday to a no-show is a real blow, not just an inconvenience.', true],
    ['Four hours on a cold platform would upset anyone.', true],
    ['Being turned away at the door in front of your friends must have been humiliating.', true],
    ['When you have planned the whole trip around it, a cancelled tour is a huge let-down.', true],
    ['Two weeks without a cooker is a long time to go, especially with a baby.', true],
    // Near misses: a feeling only named, a question, a calm-down.
    ["I don't understand why you're upset.", false],
    ['I understand your frustration.', false],
    ['Is this a real problem for you right now?', false],
  ]);
});

test('refusal_rigid: the no closed off, beyond anyone, or sent elsewhere (session 6)', () => {
  check('refusal_rigid', [
    ['The cancellation fee is due, and that’s that.', true],
    ["There's nothing further to discuss on the deposit.", true],
    ['The meter was read correctly. Nothing can be done now.', true],
    ['I’ve looked again and the charges are correct.', true],
    ["I'm afraid there's no refund we can give for a late return.", true],
    ['Sadly there is nothing the pharmacy can do about the shortage.', true],
    ['Tickets bought through resellers? You’ll need to take it up with the reseller.', true],
    ["The fitting is done by the installer, so it's best to speak to them.", true],
    // Near misses: something offered instead, a question, work in progress, and contact that stays with us.
    ['The charges are correct, but I can split them over three bills.', false],
    ['Is there nothing the pharmacy can do?', false],
    ["Nothing is final while I'm checking the logs.", false],
    ["You'll need to speak to our returns desk, and I'll transfer you now.", false],
    ['You’ll need to contact me directly on this number.', false],
  ]);
});

test('refusal_rigid: what is not a no (session 6 near misses)', () => {
  check('refusal_rigid', [
    ['Missing the deadline is a big no-no for the exam board, but you can appeal.', false],
    ['The approvals team is trained to say no to anything unusual.', false],
    ['So the shop told you it was covered, and now the repair centre says it’s excluded.', false],
    ["The site's gone really quiet since the update.", false],
    ["Water damage isn't covered, though we can repair it for £60.", false],
  ]);
});

test('condescension: the customer ranked among people who get it wrong, or the answer made obvious (session 6)', () => {
  check('condescension', [
    ["You'd be surprised how many customers forget to press save.", true],
    ['Direct debits can be confusing for some people.', true],
    ['The portal is designed for people who are comfortable with computers.', true],
    ["I'll put it in the simplest terms I can.", true],
    ["Honestly, it's not that hard once you've done it twice.", true],
    ["The scales don't lie, the parcel was 2kg over.", true],
    ["It's printed on the top of the form, you can't miss it.", true],
    ['The instructions are very clear about descaling.', true],
    // Near misses: the difficulty owned, a question, a difference in money, an apology.
    ["The figures don't lie on our end: we charged you twice, and I'm refunding it.", false],
    ['Is the form very clear about the deadline?', false],
    ["There's a difference of £4 between the two quotes.", false],
    ["I'm sorry, the letter isn't very clear about the deadline.", false],
  ]);
});

test('scolding: a lecture about what customers ought to do (session 6)', () => {
  check('scolding', [
    ["Well, that's a lesson learned for next time.", true],
    ["That's precisely why we advise customers to insure their parcels.", true],
    ['We always tell tenants not to leave the heating off in winter.', true],
    ["It's really important to check the confirmation email.", true],
    ['Sharing a password across sites is not best practice.', true],
    ['Passengers must take more care with their belongings.', true],
    ['Updating the address is the account holder’s responsibility.', true],
    ["Please stop chasing, it won't make it any quicker.", true],
    ["It's explained on page two if you take the time to read it.", true],
    ['Please make sure the photos are in focus this time.', true],
    // Near misses: the duty or warning is ours, an offer, a question.
    ['Keeping your details safe is our responsibility, and we failed.', false],
    ["It's important to us that you get this back today.", false],
    ['Could you make sure the box is sealed this time?', false],
    ['We should have warned customers about the change.', false],
  ]);
});

test('excuse: the workload or the process offered as the reason (session 6)', () => {
  check('excuse', [
    ['The lab is really backed up this month.', true],
    ["They're under so much pressure with the new targets.", true],
    ['Our nurses see hundreds of patients a day.', true],
    ['Insurance claims just take a while, unfortunately.', true],
    ['The system closed your ticket automatically.', true],
    ["We can't inspect every van before it leaves.", true],
    ['Your message got lost in the handover between shifts.', true],
    // Near misses: advice about busy times, a question, an owned failure.
    ['The new booking page is busy-looking, I agree.', false],
    ['Is the lab backed up again?', false],
    ['It got lost in the handover, which is our fault.', false],
  ]);
});

test('excuse: the failing part handed to an outside party (session 6)', () => {
  check('excuse', [
    ['Seat maps are managed by the operating carrier.', true],
    ['The menu photos are supplied by the restaurant partner.', true],
    ['Our couriers are self-employed, so it varies.', true],
    ['The fitters are subcontracted through an agency.', true],
    // Near misses: their policy cited (policy_language), an inside team, an owned failure.
    ['Returns are handled by our own team in Leeds.', false],
    ['The refund was processed by our finance team yesterday.', false],
    ["Delivery slots are arranged by the courier, but that's our responsibility and I've rebooked it.", false],
  ]);
});

test('excuse: what is not an excuse (session 6 near misses)', () => {
  check('excuse', [
    ["Two outages in a week when you run a business from home means lost income, so I see why you're angry.", false],
    ["The app was down all day, so you're losing a day's sales; I'm sorry.", false],
    ["That's a billing error on our end, and I've refunded it.", false],
    ['This is what happens when people click links in texts.', false],
  ]);
});

test('sympathy_agreement: joining in through the agent’s own stance (session 6)', () => {
  check('sympathy_agreement', [
    ["Honestly, I wouldn't argue with that.", true],
    ["I'm with you on this, the new charges are a mess.", true],
    ['Between us, I feel the same about the app.', true],
    ["I think it's shameful too.", true],
    ["We're as fed up as you are with the portal.", true],
    ["The depot again? I'm not surprised.", true],
    ["We've had so many complaints about that branch.", true],
    ["She does that all the time, I'm afraid.", true],
    ["I wouldn't hold your breath for the planners.", true],
    ["He can be like that with everyone, don't take it personally.", true],
    // Near misses: surprise about the customer's feeling, a question, a customer's own stance, owning it.
    ["I'm not surprised you're upset after three missed visits.", false],
    ['Are you with us on the new plan?', false],
    ['Please take it personally when we get it wrong: we do.', false],
    ["We've had complaints about the portal, and that's on us.", false],
  ]);
});

test('condescension: doubting the customer or filing them with the careless (session 6)', () => {
  check('condescension', [
    ['Did you actually plug the hub in at the wall?', true],
    ['Have you tried actually reading the error message?', true],
    ["Are you sure you didn't leave the gate open yourself?", true],
    ['The code works for everyone else, so it must be your browser.', true],
    ['Lots of first-time customers forget to activate the card.', true],
    ["It's the same price for all of us, so there's no point complaining.", true],
    ['Flights get delayed, that’s just travel.', true],
    ['The opening hours are literally on the door if you read the sign.', true],
    // Near misses: a real question, a genuine check, an apology.
    ['Did you get the confirmation email?', false],
    ['Could you check whether the gate was open when you arrived?', false],
    ["I'm sorry, are you sure you didn't get our letter? It may have gone astray, which would be our mistake.", false],
  ]);
});

test('refusal_rigid: the passive or flat no with nothing offered (session 6, round 3 families)', () => {
  check('refusal_rigid', [
    ['Season tickets cannot be transferred.', true],
    ["We aren't able to waive the admin fee.", true],
    ['A phone call to the branch does not count as notice.', true],
    ["I'm afraid that's the decision.", true],
    ["We don't refund deposits.", true],
    // Near misses: something offered, a question, a count of something else.
    ['Season tickets cannot be transferred, but I can pause yours until March.', false],
    ['Can the fee really not be waived?', false],
    ['Every visit counts towards your loyalty reward.', false],
  ]);
});

test('excuse: the cause handed on or shrunk to bad luck (session 6, round 3 families)', () => {
  check('excuse', [
    ["We're only the marketplace, the seller ships it.", true],
    ["The venue moved the date and it's their responsibility to tell ticket holders.", true],
    ['The wrong postcode came from the council’s system, not from us.', true],
    ['Opening hours are set by the shopping centre owners.', true],
    ['The glazier has had stock shortages since January.', true],
    ["We're a really small team over the summer.", true],
    ["The engineer's van broke down near Leeds.", true],
    ['Approval from the council can take a few weeks.', true],
    // Near misses: owned, a question, the customer's own car.
    ["Our van broke down, but that's no excuse and I've rebooked you for 9am.", false],
    ['Is it their responsibility or ours?', false],
  ]);
});

test('blame_company_or_colleague: a colleague’s or the company’s habit run down (session 6)', () => {
  check('blame_company_or_colleague', [
    ['The booking team do overpromise on upgrades.', true],
    ['Honestly the devs rushed the update out.', true],
    ['Head office bought it cheap and it crashes daily.', true],
    ['She does that a lot with new customers.', true],
    ['The training here is useless, to be fair.', true],
    ["Our old supervisor quit and didn't hand anything over.", true],
    // Near misses: a question, owned, a customer's habit.
    ['Does the sales team oversell the range?', false],
    ['The devs rushed it out, and that is our fault; I have fixed it for you.', false],
  ]);
});
