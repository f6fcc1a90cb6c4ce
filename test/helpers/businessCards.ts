import { createHash } from "node:crypto";
import { newId } from "../../shared/ids";
import type { OpOf } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "./clients";

/** Someone on the networking wall: a name, and any other fields of their business card. */
export type Person = Partial<Omit<OpOf<"businessCard.publish">, "type" | "cardId" | "consent" | "editKeyHash">> & {
  name: string;
};

/** A business card's publish op: the fields given, every other one blank, consent given, a fresh edit key's hash. */
export function businessCardOp(
  fields: Person & Partial<Pick<OpOf<"businessCard.publish">, "cardId" | "consent" | "editKeyHash">>,
): OpOf<"businessCard.publish"> {
  return {
    type: "businessCard.publish",
    cardId: newId(),
    organisation: "",
    role: "",
    fieldsOfWork: [],
    region: "",
    topics: [],
    offers: "",
    seeks: "",
    about: "",
    contact: { email: null, phone: null, website: null },
    consent: { text: "Ich bin einverstanden.", given: true },
    editKeyHash: createHash("sha256").update(newId(43)).digest("hex"),
    ...fields,
  };
}

/** Publishes a business card over a socket of its own (another person's browser), as the wall's form would. */
export async function seedBusinessCard(url: string, boardId: string, person: Person): Promise<void> {
  const socket = await connected(rawClient(url));
  try {
    const joined = await join(socket, { boardId, since: null });
    if (!joined.ok) throw new Error(`join failed: ${joined.problem.code}`);
    const op = businessCardOp(person);
    const answer = await sendOp(socket, newId(), op);
    if (!answer.ok) throw new Error(`publish failed: ${answer.problem.code}`);
  } finally {
    socket.close();
  }
}
