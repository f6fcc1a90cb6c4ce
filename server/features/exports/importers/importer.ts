/** New ids for the records an import makes, by the exported record's type and id. */
export class IdMap {
  private readonly ids = new Map<string, string>();

  constructor(private readonly mint: () => string) {}

  /** The new record's id for an exported one, made the first time it is asked for. */
  of(type: string, id: string): string {
    const key = `${type}:${id}`;
    let mapped = this.ids.get(key);
    if (!mapped) {
      mapped = this.mint();
      this.ids.set(key, mapped);
    }
    return mapped;
  }

  /** The new id if an exported record of this type and id was imported, else null. */
  known(type: string, id: unknown): string | null {
    return typeof id === "string" ? (this.ids.get(`${type}:${id}`) ?? null) : null;
  }
}

/** An exported record's fields, not yet trusted: the ops made of them go through the op schemas. */
export type ExportedRecord = Readonly<Record<string, unknown>> & { type: string; id: string };

/**
 * How one record type comes back in (TPL-1): the ordinary ops that make it on a new board, checked
 * like any op a client sends. Types without an importer are not imported (TPL-2).
 */
export interface RecordImporter {
  type: string;
  ops(record: ExportedRecord, ids: IdMap): unknown[];
}
