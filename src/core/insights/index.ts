/** Pure aggregations for the insights pages: promises kept, anger start→end, QA by principle, recurrence, root causes. */
export * from './promises.ts';
export * from './conversations.ts';
export * from './cases.ts';
