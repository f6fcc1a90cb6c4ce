import type { BoardSnapshot, Column } from "../shared/model";
import { sortRanked } from "../shared/ordering";
import { seededRandom } from "./cardText";
import { wallCardText } from "./wallText";

/**
 * Boards as a real association would have them, made through the public REST API of a running
 * server (docs/api.md): a Stammtisch with topic cards in its columns and an upcoming meeting, and a
 * networking wall with a few business cards. For Lighthouse (bench/lighthouse.ts) and the README's
 * screenshot (scripts/screenshot.ts).
 */
export interface DemoBoards {
  /** The Stammtisch: theme columns and meetings. */
  topics: { boardId: string; moderatorKey: string };
  /** The networking wall. */
  wall: { boardId: string; moderatorKey: string };
}

const TOPICS: [column: number, title: string, body: string][] = [
  [
    0,
    "Bürgerenergie-Genossenschaft gründen",
    "Wer hat Erfahrung mit der Satzung? Die Stadtwerke wären offen für ein Gespräch.",
  ],
  [0, "Solar auf dem Schuldach", "Der Förderverein sammelt schon; es fehlt ein Gutachten zur Statik."],
  [0, "Wärmeplanung: was heißt das für Mietende?", ""],
  [1, "Radweg an der B96 endlich lückenlos", "Seit Jahren angekündigt, drei Abschnitte fehlen noch."],
  [1, "Rufbus am Wochenende", "Nach 20 Uhr kommt man aus den Dörfern nicht mehr zurück."],
  [2, "Leerstand im Zentrum als Treffpunkt nutzen", "Zwischennutzung mit dem Eigentümer klären."],
  [2, "Repair-Café einmal im Monat", ""],
  [3, "Jugendbeteiligung im Stadtrat", "Ein Jugendforum mit echtem Antragsrecht."],
];

async function post<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

type Created = { boardId: string; moderatorKey: string; snapshot: BoardSnapshot };

/** A date some weeks ahead, so the meeting shows as upcoming. */
function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function seedDemoBoards(url: string): Promise<DemoBoards> {
  const topics = await post<Created>(`${url}/api/boards`, {
    title: "Stammtisch Lausitz",
    template: "stammtisch",
  });
  const columns = sortRanked(topics.snapshot.records.filter((r): r is Column => r.type === "column"));
  for (const [index, [column, title, body]] of TOPICS.entries()) {
    await post(
      `${url}/api/boards/${topics.boardId}/cards`,
      {
        columnId: columns[column % columns.length].id,
        authorName: ["Anja", "Bernd", "Cem", "Dana"][index % 4],
        content: { kind: "topic", title, body },
      },
      { "X-Author-Token": `demo-author-token-${index % 4}-0000` },
    );
  }
  await post(
    `${url}/api/boards/${topics.boardId}/ops`,
    {
      op: {
        type: "meeting.add",
        meetingId: "demo-meeting-0001",
        theme: "Bürgerenergie in der Lausitz",
        description: "Wie gründen wir eine Energiegenossenschaft? Mit Gästen aus Cottbus.",
        date: dayAhead(21),
        startTime: "18:30",
        endTime: "20:30",
        place: "Bürgerhaus, Saal 1",
        onlineLink: null,
        slots: 3,
        registration: "open",
        capacity: 30,
        themeCardId: null,
      },
    },
    { "X-Moderator-Key": topics.moderatorKey },
  );

  const wall = await post<Created>(`${url}/api/boards`, {
    title: "Vernetzungstreffen Lausitz",
    template: "vernetzung",
  });
  const random = seededRandom(11);
  for (let i = 0; i < 4; i++) {
    await post(
      `${url}/api/boards/${wall.boardId}/ops`,
      {
        op: {
          type: "businessCard.publish",
          cardId: `demo-business-card-${i}`,
          ...wallCardText(random),
          contact: { email: null, phone: null, website: null },
          consent: {
            text: "Ich bin einverstanden, dass meine Visitenkarte auf diesem Board gezeigt wird.",
            given: true,
          },
          editKeyHash: "0".repeat(63) + String(i),
        },
      },
      { "X-Author-Token": `demo-wall-token-${i}-00000000` },
    );
  }
  return {
    topics: { boardId: topics.boardId, moderatorKey: topics.moderatorKey },
    wall: { boardId: wall.boardId, moderatorKey: wall.moderatorKey },
  };
}
