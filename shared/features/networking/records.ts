import type { BaseRecord } from "../../core/records";

/**
 * Who may read one contact field of a business card: everyone on the board, the moderators, or
 * nobody but the card's own author (kept ready, shown to no one). Enforced on the server (NET-2).
 */
export type ContactVisibility = "board" | "moderators" | "nobody";

export interface ContactField {
  value: string;
  visibility: ContactVisibility;
}

/** The contact fields a card may carry; a field left empty is null. */
export interface ContactFields {
  email: ContactField | null;
  phone: ContactField | null;
  website: ContactField | null;
}

/** What a person writes on their business card, apart from the contact data. */
export interface BusinessCardText {
  name: string;
  organisation: string;
  role: string;
  /** Entries of the board's list of fields of work (WallSettings), or the author's own words. */
  fieldsOfWork: string[];
  /** A district or town. */
  region: string;
  /** Topics of interest, as tags. */
  topics: string[];
  /** "I offer" and "I am looking for". */
  offers: string;
  seeks: string;
  /** A short text about the person and their work. */
  about: string;
}

/**
 * A person's digital business card on the networking wall. Everyone on the board reads it, but each
 * contact field only as its visibility allows, and `editKeyHash` never leaves the server. The author
 * is the browser that published it, or the one that last opened its edit link (`businessCard.claim`).
 */
export interface BusinessCard extends BaseRecord, BusinessCardText {
  type: "businessCard";
  audience: "board";
  authorId: string;
  contact: ContactFields;
  /** The consent the author ticked: the words they were shown and when the server stored them. */
  consent: { text: string; at: number };
  /** SHA-256 (hex) of the private edit link's secret. Removed from every record a viewer receives. */
  editKeyHash?: string;
  createdAt: number;
  updatedAt: number;
}

/** The id of the one WallSettings record of a board. */
export const WALL_SETTINGS_ID = "wall-settings";

/**
 * A board's lists for the networking wall, kept by moderators: the fields of work people pick from,
 * and suggestions for regions and topics (besides those on existing cards).
 */
export interface WallSettings extends BaseRecord {
  type: "wallSettings";
  audience: "board";
  authorId: null;
  fieldsOfWork: string[];
  regions: string[];
  topics: string[];
}
