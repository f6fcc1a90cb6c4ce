import type { BoardMeta, Card, CardContent, Column } from "../../shared/model";

/** Row shapes as SQLite returns them, and their mapping to the shared model. */
export interface BoardRow {
  id: string;
  title: string;
  description: string;
  version: number;
  revision: number;
  /** Kept by triggers on the cards table (migration 2). */
  card_count: number;
  created_at: number;
}

export interface CardRow {
  id: string;
  column_id: string;
  rank: string;
  author_id: string | null;
  author_name: string | null;
  content: string;
  version: number;
  created_at: number;
  updated_at: number;
}

export function boardFromRow(row: BoardRow): BoardMeta {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    version: row.version,
    createdAt: row.created_at,
  };
}

export function cardFromRow(row: CardRow): Card {
  return {
    id: row.id,
    columnId: row.column_id,
    rank: row.rank,
    authorId: row.author_id,
    authorName: row.author_name,
    content: JSON.parse(row.content) as CardContent,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function columnFromRow(row: Column): Column {
  return { id: row.id, title: row.title, rank: row.rank, version: row.version };
}
