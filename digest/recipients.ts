// A watchlist's `email` holds one address or several, separated by commas.
import { z } from 'zod';

const address = z.email();

export class RecipientError extends Error {
  override name = 'RecipientError';
}

/** The addresses in a watchlist's e-mail field; a malformed one is refused by name. */
export function parseRecipients(value: string | null | undefined): string[] {
  if (!value?.trim()) return [];
  const list = value.split(/[,;\s]+/).map((entry) => entry.trim()).filter(Boolean);
  const bad = list.filter((entry) => !address.safeParse(entry).success);
  if (bad.length) throw new RecipientError(`not an e-mail address: ${bad.map((entry) => JSON.stringify(entry)).join(', ')}`);
  const seen = new Set<string>();
  return list.filter((entry) => !seen.has(entry.toLowerCase()) && seen.add(entry.toLowerCase()));
}

/** The domain of the sender ("Habeas <digest@example.org>" → "example.org"), for Message-IDs. */
export function senderDomain(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return match?.[1]?.toLowerCase() ?? 'habeas.invalid';
}
