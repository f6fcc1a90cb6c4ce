export const CLUSTER_LIMITS = {
  title: 100,
  /** Cards one `cluster.create` may gather (a suggestion's accept sends several at once). */
  cardsPerCreate: 100,
  /** Cards kept on one card by merging (CLU-6), so a card's record stays a reasonable size. */
  mergedPerCard: 20,
} as const;
