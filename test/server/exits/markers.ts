import { randomBytes } from "node:crypto";

/**
 * Who receives bytes in the exit test: the roles of VIS-8. The convener is a participant who holds
 * the conveners' link of the working groups the fixtures make (AG-5); the co-moderator joined with a
 * co-moderator link (COMOD-2) and may read what moderators read. The submitter holds a
 * submission-only link, the small group a small group's link for a column of its own (LINK-1):
 * they read no marker unless a fixture names them (none does: their column stays empty).
 */
export const PERSONAS = [
  "anonymous",
  "author",
  "seated",
  "waiting",
  "presenter",
  "convener",
  "moderator",
  "coModerator",
  "submitter",
  "smallGroup",
  "otherBoard",
] as const;
export type Persona = (typeof PERSONAS)[number];

/** The holders of special links (LINK-1): they come after the moderator, who makes their links. */
export const LINK_HOLDERS: readonly Persona[] = ["submitter", "smallGroup"];

const random = (bytes = 6) => randomBytes(bytes).toString("hex");

/**
 * Marker strings for private fields, each with the personas who may read it. Every marker is unique,
 * so finding it in bytes a persona received proves where it came from. Readers are who may read the
 * value once the fixture is done (a waiting person who moves up reads the link from then on).
 */
export class Markers {
  private readonly readers = new Map<string, ReadonlySet<Persona>>();

  /** With a parent, every marker made here is the parent's too (a fixture's, within its board's). */
  constructor(private readonly parent?: Markers) {}

  private add(marker: string, readers: readonly Persona[]): string {
    this.readers.set(marker, new Set(readers));
    this.parent?.add(marker, readers);
    return marker;
  }

  text(field: string, readers: readonly Persona[]): string {
    return this.add(`PRIVATE-${field}-${random()}`, readers);
  }

  email(field: string, readers: readonly Persona[]): string {
    return this.add(`private-${field}-${random()}@example.org`, readers);
  }

  link(field: string, readers: readonly Persona[]): string {
    return this.add(`https://example.org/PRIVATE-${field}-${random()}`, readers);
  }

  phone(readers: readonly Persona[]): string {
    return this.add(`+49${BigInt(`0x${random()}`).toString().slice(0, 11)}`, readers);
  }

  /** A SHA-256 hash in hex (an edit link's, a feed's): random, so unique like the others. */
  hash(readers: readonly Persona[]): string {
    return this.add(random(32), readers);
  }

  /** A value made elsewhere (a secret and its hash that must match), as a marker. */
  value(marker: string, readers: readonly Persona[]): string {
    return this.add(marker, readers);
  }

  /**
   * From now on more personas may read `marker` (a hidden tally revealed when a later fixture closes
   * its round): what they received before was checked against the readers of that time.
   */
  widen(marker: string, readers: readonly Persona[]): void {
    const known = this.readers.get(marker);
    if (known) this.readers.set(marker, new Set([...known, ...readers]));
    this.parent?.widen(marker, readers);
  }

  /** The markers `persona` may not read. */
  forbiddenFor(persona: Persona): string[] {
    const reads = (readers: ReadonlySet<Persona>) =>
      readers.has(persona) || (persona === "coModerator" && readers.has("moderator"));
    return [...this.readers].filter(([, readers]) => !reads(readers)).map(([marker]) => marker);
  }

  /** Every marker made here. */
  all(): string[] {
    return [...this.readers.keys()];
  }

  /** The markers someone may read, with who. */
  readable(): [string, ReadonlySet<Persona>][] {
    return [...this.readers].filter(([, readers]) => readers.size > 0);
  }
}

/** Bytes as they are read: a calendar's or vCard's folded lines unfolded, so a marker is not split. */
export const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, "");
