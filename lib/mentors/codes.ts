// Invitation secrets: a random link token and a short human code. Only their sha-256 hashes
// are stored, so a database leak does not hand out usable invitations.
import { createHash, randomBytes } from "node:crypto";
import { CODE_ALPHABET, CODE_LENGTH } from "./data/settings";

/** A code from random bytes (one byte per character, rejection-free: bytes are reduced modulo the alphabet). */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new RangeError(`need ${CODE_LENGTH} bytes`);
  let out = "";
  for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[bytes[i]! % CODE_ALPHABET.length];
  return out;
}

/**
 * Draws a code with rejection sampling so every character is equally likely
 * (bytes ≥ 248 = 8 × 31 are redrawn).
 */
export function newCode(): string {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  const chars: number[] = [];
  while (chars.length < CODE_LENGTH) {
    for (const b of randomBytes(CODE_LENGTH * 2)) if (b < limit && chars.length < CODE_LENGTH) chars.push(b);
  }
  return codeFromBytes(Uint8Array.from(chars));
}

/** "ABCD-EFGH" for display. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What a person typed, as a stored code: upper-cased, spaces and dashes dropped. Null unless
 * that leaves exactly 8 characters of the alphabet (so a typo never reaches the database).
 */
export function normaliseCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]+/g, "");
  if (s.length !== CODE_LENGTH) return null;
  for (const ch of s) if (!CODE_ALPHABET.includes(ch)) return null;
  return s;
}

/** 32 random bytes, URL-safe: the secret in an invitation link. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function looksLikeToken(s: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(s);
}

export function sha256(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
