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
 * Web Crypto's digest exists only in a secure context (https, or http on localhost and 127.0.0.1);
 * a form that needs a secret says so before anyone fills it in.
 */
export function canMintSecrets(): boolean {
  return globalThis.isSecureContext !== false && typeof globalThis.crypto?.subtle?.digest === "function";
}

/** 256 random bits as base64url (43 characters); needs no secure context, unlike a digest. */
export function randomSecret(crypto: Crypto = globalThis.crypto): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** 256 random bits as base64url (43 characters), and their SHA-256 in lowercase hex for the op. */
export async function mintSecret(crypto: Crypto = globalThis.crypto): Promise<{ secret: string; secretHash: string }> {
  const secret = randomSecret(crypto);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret)));
  const secretHash = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return { secret, secretHash };
}
