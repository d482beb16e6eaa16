/** Input limits the parsers enforce (a conversation larger than this is not a phone call or a chat). */
export const LIMITS = {
  maxBytes: 1024 * 1024,
  maxTurns: 5000,
} as const;
