import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  ['i_statement_boundary', "I want to help, and I'd appreciate it if we could keep this respectful.", true],
  ['i_statement_boundary', "I won't be spoken to like that, but I'm still here to fix this.", true],
  ['i_statement_boundary', "I'm finding it hard to concentrate with the name-calling.", true],
  ['i_statement_boundary', 'You need to show some respect.', false],
  ['i_statement_boundary', 'I need your account number, please.', false],
  ['you_statement_blame', "You're being extremely rude.", true],
  ['you_statement_blame', 'You need to watch your tone.', true],
  ['you_statement_blame', "You can't talk to me like that.", true],
  ['you_statement_blame', "I'm not going to say you're being unreasonable.", false],
  ['you_statement_blame', "You're not wrong to be annoyed.", false],
  ['you_statement_blame', "You said this 'f***ing app' crashed twice; I'll look at the crash log.", false],
  // you-statement-verdict-or-guess (session 6): a guess at their mistake, the verdict outright, the counter-accusation,
  // the fault located in their act, their behaviour blamed for others; near misses: a question, ownership, a fact.
  ['you_statement_blame', 'You must have pressed cancel by mistake.', true],
  ['you_statement_blame', 'You might have left the tap running overnight.', true],
  ['you_statement_blame', "Missing the cut-off? That's down to you, not the depot.", true],
  ['you_statement_blame', "Sorry, but it's your own lookout if the bike wasn't locked.", true],
  ['you_statement_blame', "You're the one who keeps cancelling the appointments.", true],
  ['you_statement_blame', "If you clicked the link in that text, that's where it went wrong.", true],
  ['you_statement_blame', "You're disturbing the other diners.", true],
  ['you_statement_blame', 'Could you have left the tap running?', false],
  ['you_statement_blame', "The missed slot is on us, not on you, and I'm rebooking it.", false],
  ['you_statement_blame', 'You may have heard already: the line is fixed.', false],
  // you-statement-counterfactual (session 6): any consequence of 'if you'd…', the wrong click, their manner judged.
  ['you_statement_blame', "If you'd locked the shed, the bike wouldn't have gone.", true],
  ['you_statement_blame', "If you had sent the meter reading, we wouldn't have estimated it.", true],
  ['you_statement_blame', "You're pressing the wrong button on the remote.", true],
  ['you_statement_blame', "You're being really aggressive with my colleague.", true],
  ['you_statement_blame', "If you'd like, we wouldn't charge for the second visit.", false],
  [
    'you_statement_blame',
    "Even if you'd called sooner, the flight wouldn't have been saved, and that's our fault.",
    false,
  ],
  ['calm_down', 'Please calm down.', true],
  ['calm_down', "Okay, let's just relax for a second.", true],
  ['calm_down', 'Take a deep breath, we will sort it.', true],
  ['calm_down', "I'm not going to tell you to calm down; you have every reason to be angry.", false],
  ['calm_down', 'Your room has a relaxing view of the bay.', false],
  // calm-down-families (session 6): the "let's" form, breathing and pace, volume named, help made conditional, the
  // emotion declared useless; near misses: reassurance about the problem, and refusing to tell them to calm down.
  ['calm_down', "Right, let's not get ourselves in a state over a parcel.", true],
  ['calm_down', "Let's all keep our voices down and go through the bill.", true],
  ['calm_down', 'Deep breaths, okay? I can see the order.', true],
  ['calm_down', 'Hold on, slow down a minute and tell me the postcode.', true],
  ['calm_down', "There's no need for all the caps, I can read you fine.", true],
  ['calm_down', "Please don't shout at me, I'm only reading the screen.", true],
  ['calm_down', "Ring us back once you've calmed down and we'll look again.", true],
  ['calm_down', "Getting cross with me won't make the engineer come any faster.", true],
  ['calm_down', "Swearing isn't going to help, sir.", true],
  ['calm_down', "I'd never ask you to compose yourself after a day like that.", false],
  ['calm_down', "Don't worry, the card is blocked and nobody can use it.", false],
  ['calm_down', 'The slow cooker arrives on Tuesday.', false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
