import { randomBytes } from "node:crypto";
import type { BoardServer } from "./types";

/**
 * JSON text that goes into a Socket.IO message as it is. A board's snapshot is serialized once per
 * revision (LIMIT-2); without this, Socket.IO would walk and stringify the whole object again for
 * every socket that joins.
 */
export class RawJson {
  constructor(readonly json: string) {}
}

/** Stands for a value of type T in a message; the socket sends the JSON text in its place. */
export function rawJson<T>(json: string): T {
  return new RawJson(json) as unknown as T;
}

/**
 * Teaches the server's encoder about RawJson: while stringifying a packet, each RawJson becomes a
 * placeholder string with a secret random mark (it never leaves the process, so no card text can
 * forge one), which is then replaced by the JSON text. Joining strings this way copies nothing.
 */
export function sendRawJson(io: BoardServer): void {
  const mark = `\u0001raw-${randomBytes(16).toString("hex")}-`;
  const encoder = io.encoder as unknown as {
    encode(packet: unknown): unknown[];
    replacer?: (key: string, value: unknown) => unknown;
  };
  let found: string[] | null = null;
  encoder.replacer = (_key, value) => {
    if (!(value instanceof RawJson) || !found) return value;
    found.push(value.json);
    return `${mark}${found.length - 1}`;
  };
  const encode = encoder.encode.bind(encoder);
  encoder.encode = (packet) => {
    found = [];
    try {
      const parts = encode(packet);
      const raws = found;
      if (raws.length === 0) return parts;
      return parts.map((part) => (typeof part === "string" ? splice(part, mark, raws) : part));
    } finally {
      found = null;
    }
  };
}

function splice(text: string, mark: string, raws: string[]): string {
  let result = text;
  raws.forEach((json, index) => {
    // The placeholder was written as a JSON string: "\u0001raw-…-<index>" (the mark's control character escaped).
    const placeholder = JSON.stringify(`${mark}${index}`);
    const at = result.indexOf(placeholder);
    result = result.slice(0, at) + json + result.slice(at + placeholder.length);
  });
  return result;
}
