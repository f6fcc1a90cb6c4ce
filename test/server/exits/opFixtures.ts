import { createHash } from "node:crypto";
import type { OpOf, OpType } from "../../../shared/ops";
import { type BoardUnderTest, PLENARY } from "./boardUnderTest";
import { type Markers, PERSONAS, type Persona } from "./markers";
import { MODERATION_FIXTURES } from "./moderationFixtures";
import { PROJECTOR_FIXTURES } from "./projectorFixtures";
import { VOTING_FIXTURES } from "./votingFixtures";

/** What a fixture works with: the board, markers for its private fields, the meetings to export. */
export interface FixtureContext {
  board: BoardUnderTest;
  mark: Markers;
  /** Meetings whose exports (registrations CSV, the meeting's .ics) the test reads. */
  meetings: string[];
  /** Working groups whose member exports (CSV, vCards, JSON) the test reads. */
  groups: string[];
}

/**
 * How to test one op type: who sends it, and how to build the board state it needs and a valid op
 * with a marker in every private field (VIS-8). Every op type needs one: the table is typed by op
 * type, and the test fails for an op type of the schema without one.
 */
export interface OpFixture<T extends OpType> {
  by: Persona;
  prepare(context: FixtureContext): Promise<OpOf<T>>;
}

const DAY = "2031-03-12";
/** A meeting that took place already: only there is a talk marked held (MEET-11). */
const PAST_DAY = "2021-03-12";

/** A meeting with an online link; the link's readers are the moderators and who gets a place. */
export async function meeting(
  { board, mark, meetings }: FixtureContext,
  seatedReaders: Persona[],
  capacity: number | null = 1,
  date = DAY,
): Promise<string> {
  const meetingId = board.id("meeting");
  meetings.push(meetingId);
  await board.send("moderator", {
    ...meetingAdd(meetingId, mark.link("onlineLink", ["moderator", ...seatedReaders]), capacity),
    date,
  });
  return meetingId;
}

function meetingAdd(meetingId: string, onlineLink: string, capacity: number | null): OpOf<"meeting.add"> {
  return {
    type: "meeting.add",
    meetingId,
    theme: "Wärmewende",
    description: "",
    date: DAY,
    startTime: "18:00",
    endTime: "20:00",
    place: "Rathaus",
    onlineLink,
    slots: 3,
    registration: "open",
    capacity,
    themeCardId: null,
  };
}

/** A registration whose name and email only its person and the moderators read. */
function registrationAdd(context: FixtureContext, who: Persona, meetingId: string): OpOf<"registration.add"> {
  const readers: Persona[] = [who, "moderator"];
  return {
    type: "registration.add",
    registrationId: context.board.id("registration"),
    meetingId,
    name: context.mark.text("registrationName", readers),
    email: context.mark.email("registrationEmail", readers),
  };
}

export async function register(context: FixtureContext, who: Persona, meetingId: string): Promise<string> {
  const op = registrationAdd(context, who, meetingId);
  await context.board.send(who, op);
  return op.registrationId;
}

const IMPULSE_PRIVATE: Persona[] = ["presenter", "moderator"];

export function impulseOffer({ board, mark }: FixtureContext): OpOf<"impulse.offer"> {
  return {
    type: "impulse.offer",
    impulseId: board.id("impulse"),
    title: "Wärmepumpen im Altbau",
    abstract: "",
    presenterName: "Petra Presenter",
    organisation: "",
    minutes: 10,
    preferredMeetingId: null,
    contactEmail: mark.email("contactEmail", IMPULSE_PRIVATE),
    noteToModerators: mark.text("noteToModerators", IMPULSE_PRIVATE),
  };
}

/** An impulse offered by the presenter, then taken as far as `status`. */
async function impulse(
  context: FixtureContext,
  status: "offered" | "accepted" | "scheduled",
  date = DAY,
): Promise<string> {
  const { board, mark } = context;
  const offer = impulseOffer(context);
  await board.send("presenter", offer);
  const { impulseId } = offer;
  if (status === "offered") return impulseId;
  await board.send("moderator", {
    type: "impulse.accept",
    impulseId,
    note: mark.text("responseNote", IMPULSE_PRIVATE),
  });
  if (status === "scheduled") {
    const meetingId = await meeting(context, [], 1, date);
    await board.send("moderator", { type: "impulse.schedule", impulseId, meetingId, rank: "a0" });
  }
  return impulseId;
}

/** Everyone on the board reads an agenda item (AGENDA-1); no other board does. */
const ON_THE_BOARD: Persona[] = PERSONAS.filter((persona) => persona !== "otherBoard");

/** An agenda item on a new meeting, its title a marker that everyone on the board may read. */
async function agendaItem(context: FixtureContext): Promise<string> {
  const itemId = context.board.id("agenda-item");
  await context.board.send("moderator", {
    type: "agendaItem.add",
    itemId,
    meetingId: await meeting(context, []),
    rank: "a0",
    kind: "welcome",
    title: context.mark.text("agendaItemTitle", ON_THE_BOARD),
    minutes: 10,
  });
  return itemId;
}

/** A business card with a contact field for each visibility; the edit link's hash reaches nobody. */
function businessCardPublish({ board, mark }: FixtureContext, who: Persona): OpOf<"businessCard.publish"> {
  return {
    type: "businessCard.publish",
    cardId: board.id("business-card"),
    ...businessCardFields(mark, who),
    consent: { text: "Ja, zeigt meine Karte.", given: true },
    editKeyHash: mark.hash([]),
  };
}

function businessCardFields(mark: Markers, who: Persona) {
  return {
    name: "Karla Karte",
    organisation: "Verein",
    role: "",
    fieldsOfWork: [],
    region: "Görlitz",
    topics: ["Energie"],
    offers: "",
    seeks: "",
    about: "",
    contact: {
      email: { value: mark.email("cardEmail", [who, "moderator"]), visibility: "moderators" as const },
      phone: { value: mark.phone([who]), visibility: "nobody" as const },
      website: { value: "https://example.org/karla", visibility: "board" as const },
    },
  };
}

async function column({ board }: FixtureContext): Promise<string> {
  const columnId = board.id("column");
  await board.send("moderator", { type: "column.add", columnId, title: "Thema", description: "", rank: "n0" });
  return columnId;
}

async function card(context: FixtureContext, columnId?: string): Promise<string> {
  const cardId = context.board.id("card");
  await context.board.send("author", cardAdd(context, cardId, columnId ?? (await column(context))));
  return cardId;
}

/** A cluster of two of the author's cards, formed by the moderator. */
async function cluster(context: FixtureContext) {
  const columnId = await column(context);
  const cardIds = [await card(context, columnId), await card(context, columnId)];
  const clusterId = context.board.id("cluster");
  await context.board.send("moderator", { type: "cluster.create", clusterId, cardIds, title: "Radverkehr" });
  return { clusterId, columnId, cardIds };
}

/**
 * A card whose title the plenary reads and no link holder (LINK-2): the submitter did not write it,
 * and the small group's column is not the fixture's.
 */
const cardAdd = ({ mark }: FixtureContext, cardId: string, columnId: string): OpOf<"card.add"> => ({
  type: "card.add",
  cardId,
  columnId,
  rank: "a0",
  authorName: "Alice",
  content: { kind: "topic", title: mark.text("cardTitle", PLENARY), body: "", link: null },
});

/** A special link for a small group's new column (LINK-1): its label for moderators, its hash for nobody. */
async function linkCreate(context: FixtureContext): Promise<OpOf<"link.create">> {
  return {
    type: "link.create",
    linkId: context.board.id("link"),
    label: context.mark.text("linkLabel", ["moderator"]),
    kind: "group",
    columnId: await column(context),
    keyHash: context.mark.hash([]),
  };
}

/** A working group founded by the moderator, whose conveners' link the convener persona holds (AG-5). */
function groupCreate({ board, mark, groups }: FixtureContext): OpOf<"group.create"> {
  const groupId = board.id("group");
  groups.push(groupId);
  return {
    type: "group.create",
    groupId,
    name: "AG Wärmewende",
    description: "Wärmeplanung in der Gemeinde",
    conveners: ["Clara Convener"],
    topicCardIds: [],
    clusterId: null,
    convenerKeyHash: board.convenerKeyHash(groupId, mark),
  };
}

/** COMOD-2: a co-moderator link whose label only moderators read and whose hash reaches nobody. */
function moderatorInviteCreate({ board, mark }: FixtureContext): OpOf<"moderatorInvite.create"> {
  const secret = mark.value(`invite-secret-${board.id("secret")}`, []);
  return {
    type: "moderatorInvite.create",
    inviteId: board.id("invite"),
    label: mark.text("inviteLabel", ["moderator"]),
    keyHash: mark.value(createHash("sha256").update(secret).digest("hex"), []),
  };
}

async function group(context: FixtureContext): Promise<string> {
  const op = groupCreate(context);
  await context.board.send("moderator", op);
  return op.groupId;
}

/** "Ich mache mit" with a contact address that only the member, the moderators and the group's convener read. */
function groupJoin({ board, mark }: FixtureContext, who: Persona, groupId: string): OpOf<"group.join"> {
  return {
    type: "group.join",
    groupId,
    membershipId: board.id("membership"),
    name: "Mia Mitglied",
    businessCardId: null,
    contact: mark.email("memberContact", [who, "moderator", "convener"]),
    consent: { text: "Ja, die Einladenden dürfen mich anschreiben.", given: true },
  };
}

async function joined(context: FixtureContext, who: Persona): Promise<string> {
  const groupId = await group(context);
  await context.board.send(who, groupJoin(context, who, groupId));
  return groupId;
}

export const OP_FIXTURES: { [T in OpType]: OpFixture<T> } = {
  ...VOTING_FIXTURES,
  ...PROJECTOR_FIXTURES,
  ...MODERATION_FIXTURES,
  "link.create": { by: "moderator", prepare: linkCreate },
  "link.revoke": {
    by: "moderator",
    prepare: async (context) => {
      const create = await linkCreate(context);
      await context.board.send("moderator", create);
      return { type: "link.revoke", linkId: create.linkId };
    },
  },
  "board.update": {
    by: "moderator",
    prepare: async ({ board }) => ({
      type: "board.update",
      title: "Stammtisch",
      description: "Neu",
      baseVersion: await board.versionOf("board", board.boardId),
    }),
  },
  "column.add": {
    by: "moderator",
    prepare: async ({ board }) => ({
      type: "column.add",
      columnId: board.id("column"),
      title: "T",
      description: "",
      rank: "n1",
    }),
  },
  "column.rename": {
    by: "moderator",
    prepare: async (context) => ({
      type: "column.rename",
      columnId: await column(context),
      title: "R",
      baseVersion: 1,
    }),
  },
  "column.update": {
    by: "moderator",
    prepare: async (context) => ({
      type: "column.update",
      columnId: await column(context),
      title: "U",
      description: "d",
      baseVersion: 1,
    }),
  },
  "column.move": {
    by: "moderator",
    prepare: async (context) => ({ type: "column.move", columnId: await column(context), rank: "n2" }),
  },
  "column.remove": {
    by: "moderator",
    prepare: async (context) => {
      const columnId = await column(context);
      await card(context, columnId);
      return { type: "column.remove", columnId };
    },
  },
  "card.add": {
    by: "author",
    prepare: async (context) => cardAdd(context, context.board.id("card"), await column(context)),
  },
  "card.edit": {
    by: "author",
    prepare: async (context) => ({
      type: "card.edit",
      cardId: await card(context),
      baseVersion: 1,
      content: { kind: "topic", title: context.mark.text("cardTitle", PLENARY), body: "", link: null },
    }),
  },
  "card.move": {
    by: "author",
    prepare: async (context) => {
      const cardId = await card(context);
      return { type: "card.move", cardId, columnId: await column(context), rank: "a1" };
    },
  },
  "card.remove": {
    by: "author",
    prepare: async (context) => ({ type: "card.remove", cardId: await card(context) }),
  },
  "cluster.create": {
    by: "moderator",
    prepare: async (context) => {
      const columnId = await column(context);
      const cardIds = [await card(context, columnId), await card(context, columnId)];
      return { type: "cluster.create", clusterId: context.board.id("cluster"), cardIds, title: "Radverkehr" };
    },
  },
  "cluster.addCard": {
    by: "moderator",
    prepare: async (context) => {
      const { clusterId, columnId } = await cluster(context);
      return { type: "cluster.addCard", clusterId, cardId: await card(context, columnId) };
    },
  },
  "cluster.removeCard": {
    by: "moderator",
    prepare: async (context) => ({ type: "cluster.removeCard", cardId: (await cluster(context)).cardIds[0] }),
  },
  "cluster.rename": {
    by: "moderator",
    prepare: async (context) => ({
      type: "cluster.rename",
      clusterId: (await cluster(context)).clusterId,
      title: "Neu",
      baseVersion: 1,
    }),
  },
  "cluster.dissolve": {
    by: "moderator",
    prepare: async (context) => ({ type: "cluster.dissolve", clusterId: (await cluster(context)).clusterId }),
  },
  "card.merge": {
    by: "moderator",
    prepare: async (context) => {
      const [cardId, mergedCardId] = (await cluster(context)).cardIds;
      return { type: "card.merge", cardId, mergedCardId };
    },
  },
  "meeting.add": {
    by: "moderator",
    prepare: async ({ board, mark, meetings }) => {
      const meetingId = board.id("meeting");
      meetings.push(meetingId);
      return meetingAdd(meetingId, mark.link("onlineLink", ["moderator"]), 2);
    },
  },
  "meeting.update": {
    by: "moderator",
    prepare: async (context) => {
      const meetingId = await meeting(context, ["author"]);
      await register(context, "author", meetingId);
      await register(context, "waiting", meetingId);
      const newLink = context.mark.link("onlineLink", ["moderator", "author"]);
      return {
        ...meetingAdd(meetingId, newLink, 1),
        type: "meeting.update",
        baseVersion: await context.board.versionOf("meeting", meetingId),
      };
    },
  },
  "meeting.cancel": {
    by: "moderator",
    prepare: async (context) => {
      const meetingId = await meeting(context, ["author"]);
      await register(context, "author", meetingId);
      await register(context, "waiting", meetingId);
      return { type: "meeting.cancel", meetingId };
    },
  },
  "meeting.document": {
    by: "moderator",
    prepare: async (context) => ({
      type: "meeting.document",
      meetingId: await meeting(context, []),
      text: "Protokoll",
      link: null,
    }),
  },
  "meeting.remove": {
    by: "moderator",
    prepare: async (context) => {
      const meetingId = await meeting(context, ["author"]);
      await register(context, "author", meetingId);
      await register(context, "waiting", meetingId);
      return { type: "meeting.remove", meetingId };
    },
  },
  "registration.add": {
    // Onto the waiting list: the meeting's link is not theirs.
    by: "author",
    prepare: async (context) => {
      const meetingId = await meeting(context, ["seated"]);
      await register(context, "seated", meetingId);
      return registrationAdd(context, "author", meetingId);
    },
  },
  "registration.cancel": {
    // The waiting person moves up: the one who cancels never reads who that is.
    by: "author",
    prepare: async (context) => {
      const meetingId = await meeting(context, ["author", "waiting"]);
      const registrationId = await register(context, "author", meetingId);
      await register(context, "waiting", meetingId);
      return { type: "registration.cancel", registrationId };
    },
  },
  "calendarFeed.add": {
    by: "author",
    prepare: async ({ board, mark }) => ({
      type: "calendarFeed.add",
      feedId: board.id("feed"),
      secretHash: mark.hash(["author", "moderator"]),
    }),
  },
  "calendarFeed.remove": {
    by: "author",
    prepare: async ({ board, mark }) => {
      const feedId = board.id("feed");
      await board.send("author", { type: "calendarFeed.add", feedId, secretHash: mark.hash(["author", "moderator"]) });
      return { type: "calendarFeed.remove", feedId };
    },
  },
  "impulse.offer": { by: "presenter", prepare: async (context) => impulseOffer(context) },
  "impulse.edit": {
    by: "presenter",
    prepare: async (context) => ({
      ...impulseOffer(context),
      type: "impulse.edit",
      impulseId: await impulse(context, "offered"),
      baseVersion: 1,
    }),
  },
  "impulse.withdraw": {
    by: "presenter",
    prepare: async (context) => ({ type: "impulse.withdraw", impulseId: await impulse(context, "offered") }),
  },
  "impulse.accept": {
    by: "moderator",
    prepare: async (context) => ({
      type: "impulse.accept",
      impulseId: await impulse(context, "offered"),
      note: context.mark.text("responseNote", IMPULSE_PRIVATE),
    }),
  },
  "impulse.decline": {
    by: "moderator",
    prepare: async (context) => ({
      type: "impulse.decline",
      impulseId: await impulse(context, "offered"),
      note: context.mark.text("responseNote", IMPULSE_PRIVATE),
    }),
  },
  "impulse.schedule": {
    // On the public agenda now: the contact email and the notes stay the presenter's and moderators'.
    by: "moderator",
    prepare: async (context) => ({
      type: "impulse.schedule",
      impulseId: await impulse(context, "accepted"),
      meetingId: await meeting(context, []),
      rank: "a0",
    }),
  },
  "impulse.cancel": {
    by: "moderator",
    prepare: async (context) => ({
      type: "impulse.cancel",
      impulseId: await impulse(context, "scheduled"),
      note: context.mark.text("responseNote", IMPULSE_PRIVATE),
    }),
  },
  "impulse.held": {
    by: "moderator",
    prepare: async (context) => ({
      type: "impulse.held",
      impulseId: await impulse(context, "scheduled", PAST_DAY),
    }),
  },
  "impulse.remove": {
    by: "moderator",
    prepare: async (context) => ({ type: "impulse.remove", impulseId: await impulse(context, "scheduled") }),
  },
  "agendaItem.add": {
    by: "moderator",
    prepare: async (context) => ({
      type: "agendaItem.add",
      itemId: context.board.id("agenda-item"),
      meetingId: await meeting(context, []),
      rank: "a0",
      kind: "break",
      title: context.mark.text("agendaItemTitle", ON_THE_BOARD),
      minutes: 15,
    }),
  },
  "agendaItem.update": {
    by: "moderator",
    prepare: async (context) => {
      const itemId = await agendaItem(context);
      return {
        type: "agendaItem.update",
        itemId,
        baseVersion: await context.board.versionOf("agendaItem", itemId),
        kind: "closing",
        title: context.mark.text("agendaItemTitle", ON_THE_BOARD),
        minutes: 20,
      };
    },
  },
  "agendaItem.move": {
    by: "moderator",
    prepare: async (context) => ({ type: "agendaItem.move", itemId: await agendaItem(context), rank: "a5" }),
  },
  "agendaItem.remove": {
    by: "moderator",
    prepare: async (context) => ({ type: "agendaItem.remove", itemId: await agendaItem(context) }),
  },
  "businessCard.publish": { by: "author", prepare: async (context) => businessCardPublish(context, "author") },
  "businessCard.newEditLink": {
    by: "seated",
    prepare: async (context) => {
      const published = businessCardPublish(context, "seated");
      await context.board.send("seated", published);
      return { type: "businessCard.newEditLink", cardId: published.cardId, editKeyHash: context.mark.hash([]) };
    },
  },
  "businessCard.update": {
    by: "presenter",
    prepare: async (context) => {
      const published = businessCardPublish(context, "presenter");
      await context.board.send("presenter", published);
      return {
        type: "businessCard.update",
        cardId: published.cardId,
        baseVersion: 1,
        ...businessCardFields(context.mark, "presenter"),
      };
    },
  },
  "businessCard.remove": {
    by: "waiting",
    prepare: async (context) => {
      const published = businessCardPublish(context, "waiting");
      await context.board.send("waiting", published);
      return { type: "businessCard.remove", cardId: published.cardId };
    },
  },
  "wallSettings.update": {
    by: "moderator",
    prepare: async ({ board }) => ({
      type: "wallSettings.update",
      fieldsOfWork: ["Energie"],
      regions: ["Görlitz"],
      topics: [],
      baseVersion: await board.versionOf("wallSettings", "wall-settings"),
    }),
  },
  "group.create": { by: "moderator", prepare: async (context) => groupCreate(context) },
  "group.update": {
    by: "moderator",
    prepare: async (context) => {
      const groupId = await joined(context, "seated");
      return {
        type: "group.update",
        groupId,
        baseVersion: 1,
        name: "AG Wärme",
        description: "",
        conveners: ["Clara Convener"],
        topicCardIds: [await card(context)],
      };
    },
  },
  "group.newConvenerLink": {
    by: "moderator",
    prepare: async (context) => {
      const groupId = await joined(context, "waiting");
      return {
        type: "group.newConvenerLink",
        groupId,
        convenerKeyHash: context.board.convenerKeyHash(groupId, context.mark),
      };
    },
  },
  "moderatorInvite.create": { by: "moderator", prepare: async (context) => moderatorInviteCreate(context) },
  "moderatorInvite.revoke": {
    by: "moderator",
    prepare: async (context) => {
      const create = moderatorInviteCreate(context);
      await context.board.send("moderator", create);
      return { type: "moderatorInvite.revoke", inviteId: create.inviteId };
    },
  },
  "group.remove": {
    by: "moderator",
    prepare: async (context) => ({ type: "group.remove", groupId: await joined(context, "presenter") }),
  },
  "group.join": {
    by: "author",
    prepare: async (context) => groupJoin(context, "author", await group(context)),
  },
  "group.leave": {
    by: "seated",
    prepare: async (context) => ({ type: "group.leave", groupId: await joined(context, "seated") }),
  },
  // DATA-2: last of all op types, so that the others, who each send it once more, erase only at the end.
  "author.erase": {
    by: "waiting",
    prepare: async (context) => {
      await context.board.send("waiting", businessCardPublish(context, "waiting"));
      await context.board.send("waiting", groupJoin(context, "waiting", await group(context)));
      return { type: "author.erase" };
    },
  },
};
