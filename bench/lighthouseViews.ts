import type { DemoBoards } from "./demoBoards";

/**
 * Every view Lighthouse measures (bench/lighthouse.ts), one line each: a new view is one more line.
 * Paths are on the demo boards (bench/demoBoards.ts), opened as a participant would.
 */
export interface LighthouseView {
  name: string;
  path(boards: DemoBoards): string;
  /** A board page, kept out of search engines by design (HTTP-4). */
  noindex?: boolean;
}

export const LIGHTHOUSE_VIEWS: LighthouseView[] = [
  { name: "start", path: () => "/" },
  { name: "topics", path: (b) => `/b/${b.topics.boardId}`, noindex: true },
  { name: "meetings", path: (b) => `/b/${b.topics.boardId}?view=meetings`, noindex: true },
  { name: "wall", path: (b) => `/b/${b.wall.boardId}`, noindex: true },
  { name: "projector", path: (b) => `/b/${b.topics.boardId}/projector`, noindex: true },
];
