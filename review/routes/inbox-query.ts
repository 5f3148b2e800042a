// Inbox query string → store filter. Shared by the inbox page and GET /api/events.
import { parsePartialDate, searchPeople, type Db, type EventStatus, type EventType, type InboxFilter } from '../../store/index.ts';
import { inboxQuerySchema, type InboxParams } from '../forms.ts';
import { invalidInput } from '../errors.ts';

/** The first day after the period a partial date names: "2024-02" → 2024-03-01. */
export function endOfPeriod(value: string): Date | undefined {
  const parsed = parsePartialDate(value);
  if (!parsed) return undefined;
  const d = parsed.start;
  if (parsed.precision === 'YEAR') return new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
  if (parsed.precision === 'MONTH') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  return new Date(d.getTime() + 24 * 3600_000);
}

export type ParsedInbox = { params: InboxParams; status: EventStatus; page: number; filter: InboxFilter; errors: Record<string, string> };

export async function parseInboxQuery(db: Db, query: unknown, options: { strict: boolean }): Promise<ParsedInbox> {
  const result = inboxQuerySchema.safeParse(query ?? {});
  let params: InboxParams;
  let errors: Record<string, string> = {};
  if (result.success) params = result.data;
  else {
    if (options.strict) throw invalidInput(result.error);
    errors = invalidInput(result.error).fields;
    // Keep the filters that were fine; drop the wrong ones (shown next to their fields).
    const raw = { ...(query as Record<string, unknown>) };
    for (const key of Object.keys(errors)) delete raw[key];
    params = inboxQuerySchema.parse(raw);
  }
  const filter: InboxFilter = {};
  if (params.type) filter.type = params.type as EventType;
  if (params.outlet) filter.outletId = params.outlet;
  if (params.watchlist) filter.watchlistId = params.watchlist;
  if (params.from) filter.from = parsePartialDate(params.from)?.start;
  if (params.to) filter.until = endOfPeriod(params.to);
  const ids = new Set<number>();
  if (params.personId) ids.add(params.personId);
  if (params.person) for (const person of await searchPeople(db, params.person, 200)) ids.add(person.id);
  if (params.person || params.personId) filter.personIds = [...ids];
  return { params, status: (params.status ?? 'PENDING') as EventStatus, page: params.page ?? 1, filter, errors };
}
