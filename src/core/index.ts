/** The pure conversation engine and complaint rules: no I/O, runs in Node and the browser. */
export * from './principles.ts';
export * from './errors.ts';
export * from './conversation/types.ts';
export * from './signals/types.ts';
export * from './coach/labels.ts';
export * from './coach/lint-types.ts';
export * from './signals/anger/index.ts';
export * from './cases/index.ts';
export * from './coach/lint/index.ts';
export { detectVenting, type VentingEstimate } from './signals/venting.ts';
export * from './analyze.ts';
export * from './analysis/types.ts';
export { parseConversations, parseConversationJson } from './conversation/parse.ts';
export { parseTranscript, looksLikeJson, type TranscriptOptions } from './conversation/transcript.ts';
export { detectAbuse } from './signals/abuse.ts';
export { complaintIntensity } from './signals/intensity.ts';
export { scoreConversation, type Scorecard } from './qa/scorecard.ts';
export { RUBRIC_IDS, type RubricId, type Verdict } from './qa/rubric.ts';
