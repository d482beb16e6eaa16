/** Input limits the parsers enforce (a conversation larger than this is not a phone call or a chat). */
export const LIMITS = {
  maxBytes: 1024 * 1024,
  maxTurns: 5000,
  /** Characters in one turn's text: `/analyze`, `/conversations`, the live socket and the CLI all refuse longer. */
  maxTurnChars: 20_000,
} as const;
