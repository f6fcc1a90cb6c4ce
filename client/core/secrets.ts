import { sha256 } from "@noble/hashes/sha2.js";

/**
 * Secrets this browser mints and keeps (a card's edit link, a personal calendar feed): the server
 * gets only their SHA-256, and the secret travels only in the link this browser shows.
 */
function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Random bits are there on any page; Web Crypto's digest only on secure ones (https, localhost), so
 * the hash is @noble/hashes' audited SHA-256: a board served over plain http on a LAN address works.
 */
export function canMintSecrets(): boolean {
  return typeof globalThis.crypto?.getRandomValues === "function";
}

/** 256 random bits as base64url (43 characters); needs no secure context, unlike a digest. */
export function randomSecret(crypto: Crypto = globalThis.crypto): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** 256 random bits as base64url (43 characters), and their SHA-256 in lowercase hex for the op. */
export async function mintSecret(crypto: Crypto = globalThis.crypto): Promise<{ secret: string; secretHash: string }> {
  const secret = randomSecret(crypto);
  const digest = sha256(new TextEncoder().encode(secret));
  const secretHash = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return { secret, secretHash };
}
