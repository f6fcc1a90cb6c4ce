/** The upcoming meetings' heading: where focus goes when the element that had it is gone. */
export const UPCOMING_HEADING_ID = "meetings-upcoming";
