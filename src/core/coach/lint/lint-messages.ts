import type { ReplyLabel } from '../labels.ts';

interface LabelText {
  message: string;
  rewrite?: string;
}

/** What each label means to the agent reading it, and better words for every anti-pattern. */
export const LABEL_TEXT = {
  apology: { message: 'Apologizes: the customer hears that their experience matters.' },
  apology_specific: { message: 'The apology names the real problem, not a generic inconvenience.' },
  non_apology: {
    message:
      'Apologizes for how the customer feels, or only "if" they were upset, not for what happened; it sounds like blame.',
    rewrite: 'Apologize for the thing itself: "I\'m sorry we charged you twice; that was our mistake."',
  },
  empathy: { message: 'Shows why the feeling makes sense without condemning anyone.' },
  sympathy_agreement: {
    message: 'Joins in condemning the company or a colleague; that feeds the anger instead of defusing it.',
    rewrite: 'Show empathy without condemning: "I understand why you\'re frustrated, and I\'m going to sort this out."',
  },
  blame_company_or_colleague: {
    message: 'Blames another team, a colleague or a partner; the customer only hears that nobody owns it.',
    rewrite: 'Own it instead: "That\'s on us, and I\'m going to put it right."',
  },
  ownership: { message: 'Takes responsibility for the failure.' },
  excuse: {
    message: 'Explains the failure away; an excuse sounds like "it isn\'t our problem".',
    rewrite: "Skip the reason and own the outcome: \"That shouldn't have happened. Here's what I'm doing about it.\"",
  },
  restatement: { message: "Restates the complaint in the agent's words, so misunderstandings surface early." },
  condescension: {
    message: 'Talks down to the customer; it makes them feel like a child.',
    rewrite:
      'Say it plainly, without judging what they should know: "Here\'s how it works, and here\'s what I can do now."',
  },
  scolding: {
    message: "Tells the customer off for what they did or didn't do.",
    rewrite: 'Restate what happened without blame: "So the charge came from …; let me see what I can do about it."',
  },
  ask_desired_resolution: { message: 'Asks what would make it right for the customer.' },
  policy_language: {
    message: 'Hides behind policy as the reason for no.',
    rewrite: 'Lead with what can be done: "Here\'s what I can do for you: …"',
  },
  let_me_check: { message: 'Acts now ("let me check"), which keeps hope alive.' },
  concrete_next_step_with_time: { message: 'Says what happens next and when.' },
  vague_promise: {
    message: 'Promises action with no time or no owner; the customer is left waiting without knowing for what.',
    rewrite: 'Name who does what and by when: "I\'ll call you by 4 pm tomorrow with the answer."',
  },
  name_and_number: { message: "Leaves the agent's name and a way to reach them." },
  thanks: { message: 'Thanks the customer for raising it.' },
  uses_customer_name: { message: "Uses the customer's name." },
  i_statement_boundary: { message: "Sets a boundary with an I-statement and stays on the customer's side." },
  you_statement_blame: {
    message: 'A "you" statement that blames the customer; it makes them defensive.',
    rewrite:
      'Use an I-statement: "I want to help, and I find it hard when we\'re shouting; can we keep it respectful?"',
  },
  calm_down: {
    message: '"Calm down" feeds the frenzy; acknowledge the feeling instead.',
    rewrite: 'Acknowledge instead: "I can hear how frustrating this has been, and I want to fix it."',
  },
  interrupting_solution: {
    message: 'Starts solving while the customer is still venting.',
    rewrite: 'Let them finish, then acknowledge first: "I\'m sorry, that\'s a lot to go through. Please go on."',
  },
  refusal_rigid: {
    message: 'A flat no with nothing offered instead.',
    rewrite: 'Offer a compromise: "I can\'t do that, but here\'s what I can do: …"',
  },
} as const satisfies Record<ReplyLabel, LabelText>;
