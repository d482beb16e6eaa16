/** A conversation in which the customer hangs up (F5: it owes a Chaser). */
export const HANGUP_CONVERSATION = {
  id: 'hangup-1',
  turns: [
    { speaker: 'customer', text: 'This is the third time my internet has dropped this week and nobody has fixed it!' },
    { speaker: 'agent', text: 'Let me check your account.' },
    { speaker: 'customer', text: 'I am done waiting, this is ridiculous.' },
  ],
  events: [{ type: 'hangup', by: 'customer', afterTurn: 2 }],
};
