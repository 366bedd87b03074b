// The guards' limits and what a client is told when one refuses its query.

/**
 * Measured, not guessed (tests/unit/graphql/limits.test.ts keeps the measurements honest).
 * The largest operations a client is expected to send (a dashboard, a referral with its grants,
 * the full introspection query) take at most ~200 tokens, depth 5, 2 aliases and 5 directives;
 * a referral page with a literal `first: 100` costs ~14 000 (armor multiplies a list's cost by
 * the `first` it asks for) and `first: 150` ~21 000.
 * - maxTokens 400: twice the largest expected operation; refuses 500 duplicated fields (505
 *   tokens), which cost only ~750 (less than a page of 50 referrals), so cost could not.
 * - maxCost 20 000: a page of 100 passes, 150 does not. Within 400 tokens and depth 10 a query
 *   without `first` cannot cost more than ~14 000, so this limit bites on page sizes.
 * - maxDepth 10, maxAliases 15, maxDirectives 8 (each counted over the whole operation): room
 *   above what the expected operations use (5, 2, 5), below the hostile 20, 101 and 10.
 */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 8,
  maxTokens: 400,
  maxCost: 20_000,
} as const;

/** What a client is told when a guard refuses its query: what was wrong, never the limit. */
export const LIMIT_MESSAGES = {
  depth: 'The query is nested too deeply',
  aliases: 'The query uses too many aliases',
  directives: 'The query uses too many directives',
  cost: 'The query is too expensive; ask for fewer fields or smaller pages',
  tokens: 'The query is too large',
} as const;
