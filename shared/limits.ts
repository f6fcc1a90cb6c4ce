/** Length and size limits shared by the forms in the browser and the validation on the server. */
export const LIMITS = {
  boardTitle: 200,
  boardDescription: 2_000,
  columnTitle: 100,
  /** A theme column's short description (COL-4). */
  columnDescription: 300,
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
  meetingTheme: 200,
  meetingDescription: 2_000,
  meetingPlace: 300,
  meetingDocumentation: 5_000,
  meetingsPerBoard: 200,
  /** Impulse talks a meeting may have room for. */
  impulseSlots: 10,
  /** Largest capacity a meeting may have; none means no limit. */
  meetingCapacity: 10_000,
  registrationsPerMeeting: 2_000,
  /** Personal calendar feeds, one per author (MEET-8). */
  calendarFeedsPerBoard: 10_000,
  personName: 100,
  email: 254,
  impulseTitle: 200,
  impulseAbstract: 2_000,
  organisation: 200,
  /** A note to the moderators, or their answer. */
  impulseNote: 1_000,
  impulseMinutesMin: 5,
  impulseMinutesMax: 60,
  impulsesPerBoard: 500,
  businessCardsPerBoard: 2_000,
  /** A business card's short fields: role, region, one field of work. */
  cardShortField: 100,
  /** One topic tag on a business card. */
  topicTag: 40,
  topicsPerCard: 20,
  fieldsOfWorkPerCard: 5,
  /** "I offer", "I am looking for". */
  offerText: 1_000,
  aboutText: 2_000,
  phone: 40,
  consentText: 1_000,
  /** Entries in one of the wall's lists (fields of work, regions, topic suggestions). */
  wallListEntries: 200,
  /** Largest board export `POST /api/boards/import` reads (TPL-1), in bytes, and its records. */
  importBytes: 16 * 1024 * 1024,
  importRecords: 20_000,
  /** Working groups (AG-1). */
  workingGroupsPerBoard: 100,
  groupName: 200,
  groupDescription: 2_000,
  convenersPerGroup: 10,
  topicsPerGroup: 200,
  /** A member's contact address for the conveners: an email address or a phone number (AG-2). */
  groupContact: 254,
  groupMembershipsPerBoard: 20_000,
  /** A voting round's title (VOTE-1). */
  roundTitle: 100,
  /** Voting rounds a board keeps (VOTE-1). */
  roundsPerBoard: 100,
  /** Cards one `priority.mark` names (VOTE-7). */
  prioritiesPerMark: 50,
} as const;

/**
 * Fair shares (FAIR-1, FAIR-4): how much of what a board shares one participant may take. The server's
 * are configurable (LIMIT_OPEN_IMPULSES_PER_AUTHOR, LIMIT_REGISTRATIONS_PER_ADDRESS) and reach the rules
 * on the actor; the browser predicts with these defaults.
 */
export interface FairShares {
  /** Offers one author may have open (offered or accepted) at once. */
  openImpulsesPerAuthor: number;
  /** Registrations for one meeting from one client address (a NAT'd workshop shares one). */
  registrationsPerMeetingPerAddress: number;
}

export const DEFAULT_FAIR_SHARES: FairShares = { openImpulsesPerAuthor: 5, registrationsPerMeetingPerAddress: 20 };
