/** Length and size limits shared by the forms in the browser and the validation on the server. */
export const LIMITS = {
  boardTitle: 200,
  boardDescription: 2_000,
  columnTitle: 100,
  cardTitle: 200,
  cardBody: 5_000,
  link: 2_000,
  authorName: 60,
  id: 64,
  rank: 1_024,
  /** Largest Socket.IO message or JSON request body the server reads, in bytes. */
  payloadBytes: 64 * 1024,
  columnsPerBoard: 50,
  cardsPerBoard: 10_000,
} as const;
