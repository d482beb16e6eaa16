/**
 * The API's words in one place: what every field means (by name, refined by where it appears) and the summary,
 * description and example request of operations whose route does not carry its own. `transformZodSchemas` applies
 * them to the OpenAPI document; a route's or schema's own `summary`, `description` or `.describe()` always wins.
 * `test/server/openapi-quality.test.ts` fails on any operation or field the document leaves unexplained.
 */

/** An example instant every date-time in the document shows. */
export const EXAMPLE_TIME = '2026-03-02T09:30:00Z';

/**
 * Field meanings. Keys are `parent.field` (the enclosing property, e.g. `contact.email`), `tag:field` (the
 * operation's tag, e.g. `commitments:state`) or `field`, tried in that order.
 */
export const FIELD_DOCS: Readonly<Record<string, string>> = {
  // Identity and bookkeeping
  id: 'The id (a UUID)',
  orgId: 'The organization the caller belongs to',
  orgName: "The organization's name",
  createdAt: 'When it was created',
  updatedAt: 'When it last changed',
  version: 'Optimistic concurrency: goes up by one on every change; send it back as `expectedVersion`',
  items: 'The results of this page',
  nextCursor: 'Pass as `cursor` to get the next page; null on the last page',
  cursor: 'The `nextCursor` of the previous page',
  limit: 'Page size',
  name: 'The display name',
  email: 'E-mail address',
  phone: 'Phone number, as given',
  password: 'The password (at least 10 characters); never returned',
  currentPassword: 'Your present password, to prove it is you; never stored or returned',
  newPassword: 'The new password (at least 10 characters); never returned',
  boundary: 'The I-statement boundary (B2) the agent said before ending the call',
  endedBy: 'Who ended the call: the agent, for a documented ending (B3)',
  supervisorAlerted: 'Whether the supervisors were alerted when the call was ended (B3)',
  role: 'agent, supervisor or admin (each can do what the ones before it can)',
  teamId: 'The team (null: none)',
  active: 'false when switched off (a deactivated user cannot log in; a paused webhook gets no events)',
  via: 'How the caller authenticated: session (cookie) or token (Authorization: Bearer)',
  status: 'Where it stands (one of the listed values)',
  reason: 'Why, in words (for a concession: why it is offered, R5)',
  message: 'What happened, in words',
  database: 'Which store answered: pglite (embedded) or postgres',
  slug: 'A URL-safe short name derived from the organization name',
  organization: 'The organization created',
  admin: 'Its first admin',
  url: 'The endpoint URL events are POSTed to (http or https)',
  eventTypes: 'The events sent to it; empty means every event',
  secret: 'The HMAC signing secret (shown once)',
  token: 'The API token (shown once; send as `Authorization: Bearer <token>`)',
  lastUsedAt: 'When the token last authenticated a request; null if never',
  revokedAt: 'When it was revoked; null while valid',
  expiresAt: 'When it stops working; null for never',
  rateLimitPerMinute:
    'Requests per minute this API token may make, on its own budget (an admin sets it for an integration); null: the server default per user (DEFUSE_API_MAX_PER_MINUTE)',
  'auth:userId': 'The user who created the token (it acts as them)',

  // Customers
  'customers:name': "The customer's name",
  externalRef: 'Its id in the system it came from (help desk, CRM, telephony)',
  plan: "The customer's plan or tier",
  lifetimeRevenueCents: 'What the customer has paid in all, in minor units (V1: what keeping them is worth)',
  monthlyRevenueCents: 'What the customer pays per month, in minor units',
  customerSince: 'The day the customer relationship began (tenure is measured from it)',
  contractEndsOn: 'The day their contract ends, if any',
  priorComplaints: 'Complaints before defuse (added to the ones recorded here)',
  priorConcessionsCents: 'Concessions granted before defuse, in minor units',
  attributes: 'Any other facts about the customer, as JSON',
  customer: 'The customer',
  customerId: 'The customer',

  // Conversations and the engine
  conversation: 'The conversation: its turns and events',
  conversationId: 'The conversation it came from, if any',
  agentId: 'The agent who handled it',
  agent: 'The agent',
  channel: 'How the customer was reached: phone, chat, email, sms or social',
  industry: 'The industry, which tunes some advice (optional)',
  turns: 'What was said, in order',
  speaker: 'Who said it: customer or agent',
  text: 'What was said',
  'turns.at': 'Seconds from the start of the conversation when the turn began',
  'turns.end': 'Seconds from the start when the turn ended',
  callback: 'true when the agent made this turn on a call back to the customer (F5)',
  events: 'What happened besides talking: hang-ups',
  type: 'What kind of event',
  by: 'Who did it: customer or agent',
  afterTurn: 'The index of the turn it came after (0 is the first)',
  analysis: "The engine's analysis as stored (the same shape as `POST /analyze` answers); null while live",
  peakAnger: "The customer's highest anger probability (0–1); null before analysis",
  peakAngerLevel: "The customer's highest anger level: calm, annoyed, angry or furious",
  abusive: 'The customer was abusive (B1–B3)',
  abusiveCustomer: 'The customer was abusive (B1–B3)',
  hangup: 'The conversation ended in a hang-up',
  score: 'The QA score, 0–100: the share of applicable playbook principles met',
  rubric: 'Each playbook principle (by id) as met, violated or n/a',
  evidence: 'For each principle, the turns and words the verdict rests on',
  angerTrend: "The customer's anger at the start and at the end, and which way it went",
  startLevel: 'The anger level of the first customer turn whose anger was read (null: none was, e.g. not English)',
  endLevel: 'The anger level of the last customer turn whose anger was read (null: none was)',
  startScore: 'The anger probability (0–1) of the first customer turn whose anger was read',
  endScore: 'The anger probability (0–1) of the last customer turn whose anger was read',
  direction: 'Which way the anger went from the first to the last read turn: calmer, angrier or steady',
  'engine:id': 'Your id for the conversation (echoed back), or one given by position',
  reply: "The agent's reply to lint",
  context: 'What the reply answers, to judge it in context (optional)',
  customerMessage: "The customer's last message",
  customerName: "The customer's name, when known (using it is a move, L2)",
  customerVenting: 'true when the customer is still venting (solving now would interrupt them, L1)',
  findings: 'Playbook moves (polarity move) and anti-patterns (polarity anti) found in the reply',
  label: 'What was found, as a label name',
  principle: 'The playbook principle it belongs to (e.g. A1, R2)',
  polarity: 'move (a good move) or anti (an anti-pattern)',
  span: 'Where in the reply: character offsets',
  start: 'First character (0-based)',
  'span.end': 'One past the last character',
  rewrite: 'A suggested rewording, for anti-patterns',

  // Cases
  case: 'The case',
  caseId: 'The case',
  ownerId: 'Who owns it (null: the team queue)',
  state: 'Where it is in its lifecycle (one of the listed values)',
  'cases:state': 'Lifecycle state: received, acknowledged, investigating, resolved or closed',
  outcome: 'How it ended',
  'cases:outcome': 'How the case ended: resolved or unresolved; null while open',
  category: 'A free-text category for grouping',
  presentingIssue: 'What the customer says is wrong, in their terms (C3)',
  underlyingIssue: 'What is actually wrong, once understood (C3)',
  desiredResolution: 'What the customer asked for (R1)',
  resolution: 'What was done to resolve it',
  severity: 'low, medium, high or critical',
  companyAtFault: 'A4: whether the company was at fault; null while not known',
  rootCauseId: 'The root cause it is traced to (see `/root-causes`)',
  consentToDocument: "P1: the customer's consent to keep the issue text for learning and insights",
  regulatoryPreset: 'The regulatory preset whose clocks apply (see `GET /policy/presets`)',
  receivedAt: 'When the complaint was received (regulatory clocks start here)',
  resolvedAt: 'When it was resolved',
  closedAt: 'When it was closed',
  action: 'The lifecycle step to take (one of the listed values)',
  waivers: 'Reasons for waiving still-open promises on close, by commitment id (F4)',
  expectedVersion: 'Refuse (409) unless the case is still at this version',
  recurrence: 'P2: the earlier complaint this one repeats, or null',
  routing: 'R3: how the owner was chosen, or null when the caller named one',

  // Commitments (promises)
  commitments: 'Promises made (F1): who does what, by when, and how the customer is reached',
  'commitments:kind': 'What kind of promise: callback, chaser, follow_up, action, acknowledgement or final_response',
  kind: 'What kind it is (one of the listed values)',
  'commitments.kind': 'What kind of promise: callback, chaser, follow_up, action, acknowledgement or final_response',
  dueAt: 'When it is due (ISO 8601 date-time with a time zone)',
  contact: 'How to reach the customer for it (F2)',
  'contact.name': 'Who to ask for',
  'contact.phone': 'Number to call',
  'contact.email': 'Address to write to',
  'contact.channel': 'How to reach them: phone, email, chat or sms',
  peopleInvolved: 'Everyone else involved (F2)',
  steps: 'What will be done, step by step (F1)',
  'commitments.state': 'open, done, missed or waived',
  'commitments:state': 'open, done, missed or waived',
  waiveReason: 'Why it was waived (F4); null unless waived',
  source: 'The playbook principle or regulatory clock that created it, e.g. F5 or uk-fca-disp:final_response',
  completedAt: 'When it was completed; null while open',
  'commitments.outcome': 'What happened, when completed',
  'commitments:outcome': 'What happened, when completed',
  dueBefore: 'Only promises due before this time',

  // Concessions
  amountCents: 'The amount, in minor units of the currency',
  currency: 'ISO 4217 currency code, e.g. USD',
  recommendedMinCents: "The low end of the advisor's range when it was proposed",
  recommendedMaxCents: "The high end of the advisor's range",
  requiresApproval: 'true when it waits for a supervisor (above the threshold, R5)',
  createdBy: 'Who proposed it',
  approvedBy: 'Who decided it',
  decidedAt: 'When it was decided',
  decision: 'approve or reject',
  requested: 'What the customer asked for (R1)',
  'requested.kind': 'The kind of concession the customer asked for',
  'requested.amountCents': 'The amount they asked for, in minor units',
  wrongfulChargeCents: 'Money the company took in error, to give back in full (R5)',
  minCents: 'The low end of the recommended range, in minor units',
  maxCents: 'The high end of the recommended range, in minor units',
  factor: 'What was weighed',
  levels: 'The values it can take',
  expectationInflationRisk: 'Whether granting more than asked would raise future expectations',

  // Policy
  chaserMinutes: 'F5: a Chaser call-back is due this many minutes after a customer hang-up',
  supervisorFollowUpHours: 'F6: a supervisor follows up an unresolved case within this many hours',
  concessionApprovalThresholdCents: 'R5: concessions above this (in minor units) need a supervisor',
  recurrenceWindowDays: 'P2: a complaint within this many days of an earlier one counts as a repeat',

  // Webhooks
  event: 'The event type',
  payload: 'The JSON body sent: {id, type, occurredAt, orgId, data}',
  idempotencyKey: 'The `defuse-delivery-id` header: receivers drop repeats of it',
  attemptCount: 'How many times it was tried',
  nextAttemptAt: 'When it will be tried next; null when no more tries are due',
  responseCode: "The receiver's HTTP status on the last try; null when none came",
  error: 'Why the last try failed; null when it did not',
  attempts: 'Every try: when, the status, the error, how long it took',
  'attempts.at': 'When it was tried',
  durationMs: 'How long the try took, in milliseconds',
  deliveredAt: 'When it was delivered; null until then',

  // Alerts
  sent: "Always true: the alert is on its way to the team's subscribed supervisors",
  at: 'When it happened',
};

export interface OperationDoc {
  summary: string;
  description: string;
  /** One example request body. */
  example?: unknown;
}

const PAGE = 'Keyset pages: pass `nextCursor` back as `cursor` (stable when rows are added meanwhile).';
const TEAM = "Agents see their team's and their own; supervisors and admins the whole organization.";

/** Operations whose route does not carry its own summary or description, keyed `METHOD /url`. */
export const OPERATION_DOCS: Readonly<Record<string, OperationDoc>> = {
  'GET /healthz': {
    summary: 'Health check',
    description: 'Answers 200 once the database answers a query; for load balancers and uptime checks. No login.',
  },
  'GET /metrics': {
    summary: 'Prometheus metrics',
    description: 'Request counts and durations, webhook attempts and process metrics, in the Prometheus text format.',
  },
  'POST /api/v1/auth/login': {
    summary: 'Log in',
    description:
      'Checks the e-mail and password and sets an HttpOnly session cookie (`defuse_session`). Rate-limited per IP; ' +
      'an e-mail with 10 failures in 15 minutes is refused whatever the IP. Scripts should use API tokens instead.',
    example: { email: 'agent@acme.example', password: 'correct horse battery' },
  },
  'POST /api/v1/auth/logout': {
    summary: 'Log out',
    description: 'Ends the current session and clears its cookie. API tokens are revoked with `DELETE /tokens/{id}`.',
  },
  'GET /api/v1/me': {
    summary: 'Who am I',
    description: 'The caller: user, role, team and organization, and whether they came by session or token.',
  },
  'POST /api/v1/tokens': {
    summary: 'Create an API token',
    description:
      'A token for scripts and integrations, acting as the caller with their role. It is shown once: store it. Send it ' +
      'as `Authorization: Bearer <token>`.',
    example: { name: 'help desk sync' },
  },
  'GET /api/v1/tokens': {
    summary: 'List my API tokens',
    description: 'The caller’s tokens (never the token itself): name, when created, last used and revoked.',
  },
  'DELETE /api/v1/tokens/:id': {
    summary: 'Revoke an API token',
    description: 'The token stops working at once. Only its owner can revoke it; another user’s token answers 404.',
  },
  'POST /api/v1/analyze': {
    summary: 'Analyze a conversation',
    description:
      'Runs the engine on one conversation (or an array, up to 100): per-turn anger, stage and cues, playbook moves, ' +
      'the QA rubric with evidence and the score. Nothing is stored; `POST /conversations` stores one. Same JSON as ' +
      '`defuse analyze --json`.',
    example: {
      turns: [
        { speaker: 'customer', text: 'This is the third time my internet has dropped this week!' },
        { speaker: 'agent', text: "I'm sorry, three drops in a week is not okay. Let me check the line now." },
      ],
    },
  },
  'POST /api/v1/lint': {
    summary: 'Lint an agent reply',
    description:
      'Finds playbook moves and anti-patterns in one reply, each with its principle, the words and, for anti-patterns, ' +
      'a rewrite. Nothing is stored. Same as `defuse lint --json`.',
    example: { reply: "It's our policy, calm down.", context: { customerMessage: 'You charged me twice!' } },
  },
  'POST /api/v1/conversations': {
    summary: 'Store a conversation',
    description:
      'Analyzes and stores a conversation in one transaction; a customer hang-up creates a Chaser call-back (F5) and a ' +
      '`conversation.escalated` event, an abusive customer a `conversation.abusive` one. A repeated `externalRef` ' +
      'returns the stored conversation.',
    example: {
      conversation: {
        turns: [
          { speaker: 'customer', text: 'Nobody has fixed my internet and I am done waiting!' },
          { speaker: 'agent', text: 'Let me check your account.' },
        ],
        events: [{ type: 'hangup', by: 'customer', afterTurn: 1 }],
      },
      channel: 'phone',
      externalRef: 'call-20260302-0042',
    },
  },
  'GET /api/v1/conversations/:id': {
    summary: 'Read a conversation',
    description: `Its turns, events, stored analysis and the promises made in it. ${TEAM} Others answer 404.`,
  },
  'GET /api/v1/customers': {
    summary: 'Search customers',
    description: `By name, then id. \`q\` matches name, e-mail, phone or external reference. ${PAGE}`,
  },
  'POST /api/v1/customers': {
    summary: 'Create a customer',
    description:
      'Amounts are in minor units of the organization’s currency. An external reference already used is a 409.',
    example: {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: '+44 20 7946 0000',
      plan: 'gold',
      lifetimeRevenueCents: 125000,
      customerSince: '2019-04-01',
    },
  },
  'GET /api/v1/customers/:id': {
    summary: 'Read a customer',
    description: 'One customer of the organization; another organization’s answers 404.',
  },
  'GET /api/v1/cases': {
    summary: 'List and search cases',
    description: `Newest received first; filters combine with AND; \`q\` searches the issue text and category. ${TEAM} ${PAGE}`,
  },
  'POST /api/v1/cases': {
    summary: 'Open a case',
    description:
      'Records a complaint (C3, R1, A4, P1) with any promises made on the call, starts the regulatory clocks of its ' +
      'preset, flags a repeat complaint (P2) and, when no owner is named, routes it (R3). Emits `case.created`.',
    example: {
      customerId: '6f1c2a4e-9d3b-4c1a-8e2f-1b2c3d4e5f60',
      presentingIssue: 'Charged twice for the March bill',
      desiredResolution: 'Refund of the duplicate charge',
      severity: 'medium',
      companyAtFault: true,
      commitments: [
        {
          kind: 'callback',
          dueAt: '2026-03-03T16:00:00Z',
          contact: { phone: '+44 20 7946 0000' },
          steps: ['Confirm the refund has gone through'],
        },
      ],
    },
  },
  'GET /api/v1/cases/:id': {
    summary: 'Read a case',
    description: `The case and its promises. ${TEAM} Others answer 404. Its history is \`GET /cases/{id}/timeline\`.`,
  },
  'PATCH /api/v1/cases/:id': {
    summary: 'Change a case',
    description:
      'Send only what changes (issue text, resolution, severity, fault, consent, root cause, owner). Closed cases are ' +
      'read-only. Audited; emits `case.updated`.',
    example: {
      underlyingIssue: 'The billing run was triggered twice',
      rootCauseId: '3f0c5a8e-8f5e-4a57-9c43-52b1d0e6f1a2',
    },
  },
  'POST /api/v1/cases/:id/transitions': {
    summary: 'Move a case through its lifecycle',
    description:
      'acknowledge, investigate, resolve, close (needs every promise met or waived, F4; closing unresolved creates ' +
      'the F6 supervisor follow-up) or reopen. Audited; emits `case.updated` or `case.closed`.',
    example: { action: 'close', waivers: { '0b7f5a9e-2c1d-4e3f-8a9b-0c1d2e3f4a5b': 'customer asked us not to call' } },
  },
  'POST /api/v1/cases/:id/commitments': {
    summary: 'Record a promise on a case',
    description:
      'F1: who does what, by when; F2: how the customer is reached (the case customer’s phone or e-mail when left ' +
      'out). Reminded before it is due and escalated once overdue.',
    example: {
      kind: 'callback',
      dueAt: '2026-03-03T16:00:00Z',
      contact: { phone: '+44 20 7946 0000' },
      steps: ['Call with the engineer’s findings'],
    },
  },
  'GET /api/v1/commitments': {
    summary: 'List promises',
    description: `Soonest due first; \`mine\`, \`state\`, \`dueBefore\`, \`overdue\` and \`caseId\` filter. ${TEAM} ${PAGE}`,
  },
  'POST /api/v1/commitments/:id/complete': {
    summary: 'Complete a promise',
    description: 'Marks it done with what happened; audited; emits `commitment.completed`.',
    example: { outcome: 'Called back; the refund had arrived' },
  },
  'POST /api/v1/commitments/:id/waive': {
    summary: 'Waive a promise',
    description: 'Records why it will not be kept (F4: never silently dropped); audited.',
    example: { reason: 'The customer asked us not to call again' },
  },
  'POST /api/v1/concessions/recommend': {
    summary: 'Recommend a concession',
    description:
      'The advisor’s explainable range for a case (R5, V1): restitution of money taken in error in full, goodwill ' +
      'weighed by what the customer is worth. Records nothing.',
    example: { caseId: '6f1c2a4e-9d3b-4c1a-8e2f-1b2c3d4e5f60', requested: { kind: 'refund', amountCents: 8999 } },
  },
  'POST /api/v1/cases/:id/concessions': {
    summary: 'Propose a concession',
    description:
      'Above the organization’s threshold (for the case’s total) it waits for a supervisor’s decision; otherwise it ' +
      'is approved at once. Audited.',
    example: { kind: 'refund', amountCents: 8999, reason: 'Refund of the duplicate charge of 12 Nov' },
  },
  'GET /api/v1/cases/:id/concessions': {
    summary: 'List a case’s concessions',
    description: `Every concession proposed on the case, with its status and the advisor’s range. ${TEAM}`,
  },
  'POST /api/v1/concessions/:id/decision': {
    summary: 'Decide a concession',
    description: 'Approve or reject a concession waiting for approval (supervisors and admins). Audited.',
    example: { decision: 'approve' },
  },
  'GET /api/v1/insights/root-causes': {
    summary: 'Complaints by root cause',
    description: 'P3: how many cases each root cause had in the window, and the root causes spiking this week.',
  },
  'GET /api/v1/insights/recurrence': {
    summary: 'Repeat complaints',
    description: 'P2: the share of cases that repeat an earlier complaint of the same customer within the window.',
  },
  'GET /api/v1/insights/promises': {
    summary: 'Promises kept',
    description: 'F4: promises due in the window kept on time, late, broken or waived, overall and by kind.',
  },
  'GET /api/v1/insights/anger': {
    summary: 'Anger start versus end',
    description: 'How angry customers were at the start and at the end of conversations: did the playbook calm them?',
  },
  'GET /api/v1/webhooks': {
    summary: 'List webhooks',
    description: 'The organization’s endpoints (never their secrets), newest first.',
  },
  'POST /api/v1/webhooks': {
    summary: 'Register a webhook',
    description:
      'Events are POSTed as signed JSON (`defuse-signature: t=<unix>,v1=<HMAC-SHA256>`) and retried with backoff for ' +
      '24 h. The secret is shown once. Audited.',
    example: { url: 'https://hooks.example.com/defuse', eventTypes: ['case.created', 'commitment.overdue'] },
  },
  'GET /api/v1/webhooks/:id/deliveries': {
    summary: 'A webhook’s delivery log',
    description: 'Every delivery, newest first, with each attempt’s time, status, error and duration.',
  },
  'PATCH /api/v1/webhooks/:id': {
    summary: 'Change or pause a webhook',
    description: 'Change the URL or events, or pause with `{"active": false}`. Audited.',
    example: { active: false },
  },
  'DELETE /api/v1/webhooks/:id': {
    summary: 'Delete a webhook',
    description:
      'Its pending deliveries are dropped (never sent) and its delivery log deleted with it, in one transaction; the ' +
      'deletion is audited.',
  },
  'GET /api/v1/users': {
    summary: 'List users',
    description: 'The organization’s users with role, team and whether active.',
  },
  'POST /api/v1/users': {
    summary: 'Add a user',
    description: 'E-mails are unique in the organization. Nobody grants a role above their own. Audited.',
    example: { email: 'sam@acme.example', password: 'a long passphrase', role: 'agent', name: 'Sam' },
  },
  'PATCH /api/v1/users/:id': {
    summary: 'Change a user',
    description: 'Role, team, name, or `active: false` to deactivate (their sessions end). Audited.',
    example: { role: 'supervisor' },
  },
  'GET /api/v1/teams': {
    summary: 'List teams',
    description: 'The organization’s teams.',
  },
  'POST /api/v1/teams': {
    summary: 'Create a team',
    description: 'Team names are unique in the organization. Audited.',
    example: { name: 'Second line' },
  },
  'POST /api/v1/alerts/supervisor': {
    summary: 'Ask a supervisor for help now',
    description:
      "Sends an 'abuse' live alert (B1–B3) with the agent's name and message to the supervisors of the agent's team " +
      'who are subscribed on `/api/v1/live`. Nothing is stored; answers 202 at once.',
    example: { message: 'The customer is swearing at me and threatening to come to the shop.' },
  },
  'GET /api/v1/policy': {
    summary: 'Read the policy',
    description:
      'The organization’s promise clocks, concession threshold, currency, regulatory preset and recurrence window.',
  },
  'PATCH /api/v1/policy': {
    summary: 'Change the policy',
    description: 'Send only the settings to change. Audited with the settings that changed.',
    example: { chaserMinutes: 15, concessionApprovalThresholdCents: 10000, regulatoryPreset: 'FCA' },
  },
};
