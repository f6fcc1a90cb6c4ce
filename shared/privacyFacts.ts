import type { PersonalDatum, Purpose } from "./core/personalData";
import type { Audience } from "./core/records";
import type { DeclaredRecordType } from "./core/recordType";

/** The legal links an operator configures (IMPRINT_URL, PRIVACY_URL, LEGAL-1). */
export interface LegalLinks {
  imprintUrl: string | null;
  privacyUrl: string | null;
}

/** One thing the instance keeps about people: what, why, who writes it and who reads it. */
export interface StoredData {
  purpose: Purpose;
  holds: PersonalDatum[];
  writtenBy: "participants" | "moderators";
  /** The audiences its records are written with: `board` (everyone on it) … `authorOnly` (the person alone). */
  readBy: Audience[];
  /** Some fields reach fewer people than the record (contact data for moderators, or the person alone). */
  narrowed: boolean;
}

/**
 * LEGAL-3: what this instance stores about people and for how long, as the privacy page shows it:
 * made from every record type's declaration (`personal`) and the instance's settings, never written
 * by hand, so a feature with personal data is on the page as soon as it is on the board.
 */
export interface PrivacyFacts extends LegalLinks {
  stored: StoredData[];
  /** Boards end this many days after their last change (BOARD_EXPIRY_DAYS); null: when a moderator deletes them. */
  boardExpiryDays: number | null;
  /** Registrations are confirmed by mail (SMTP_URL). */
  mail: boolean;
}

export interface PrivacySettings extends LegalLinks {
  boardExpiryDays?: number;
  mail: boolean;
}

/** One entry per purpose and writer, the data of its record types together, in the features' order. */
export function privacyFacts(recordTypes: readonly DeclaredRecordType[], settings: PrivacySettings): PrivacyFacts {
  const stored = new Map<string, StoredData>();
  for (const { personal, audiences, redact } of recordTypes) {
    if (!personal?.purpose || personal.holds.length === 0) continue;
    const key = `${personal.purpose}:${personal.writtenBy}`;
    const entry = stored.get(key) ?? {
      purpose: personal.purpose,
      holds: [],
      writtenBy: personal.writtenBy,
      readBy: [],
      narrowed: false,
    };
    if (redact) entry.narrowed = true;
    for (const datum of personal.holds) if (!entry.holds.includes(datum)) entry.holds.push(datum);
    for (const audience of audiences) if (!entry.readBy.includes(audience)) entry.readBy.push(audience);
    stored.set(key, entry);
  }
  return {
    imprintUrl: settings.imprintUrl,
    privacyUrl: settings.privacyUrl,
    stored: [...stored.values()],
    boardExpiryDays: settings.boardExpiryDays ?? null,
    mail: settings.mail,
  };
}
