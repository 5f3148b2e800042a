// The decisions, shared by the HTML forms and the JSON API: validate (zod), drop edits that
// change nothing, call the store, and turn a lost race into a clear "changed by someone
// else" answer.
import type { z } from 'zod';
import {
  addAlias, confirmEvent, ConflictError, editEvent, getEvent, mergeEvents, mergePeople, rejectEvent, reopenEvent, splitEvent, type EventEdits,
} from '../store/index.ts';
import type { Auth, Deps } from './context.ts';
import { HttpError, invalidInput } from './errors.ts';
import { aliasSchema, confirmSchema, editSchema, mergePersonSchema, mergeSchema, rejectSchema, reopenSchema, splitSchema, type Slots } from './forms.ts';
import { when } from './html/format.ts';

export type EventAction = 'confirm' | 'edit' | 'reject' | 'reopen' | 'merge' | 'split';

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(result.error);
  return result.data;
}

type Current = Awaited<ReturnType<typeof getEvent>>;

/** Only the slots that differ from the event as stored: an unchanged form writes no EDIT row. */
export function changedSlots(event: Current, slots: Slots | undefined): EventEdits {
  if (!slots) return {};
  const out: EventEdits = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (slots.type !== undefined && slots.type !== event.type) out.type = slots.type as EventEdits['type'];
  if (slots.date !== undefined && slots.date !== event.date) out.date = slots.date;
  if (slots.count !== undefined && slots.count !== event.count) out.count = slots.count;
  if (slots.termMonths !== undefined && slots.termMonths !== event.termMonths) out.termMonths = slots.termMonths;
  if (slots.charges !== undefined && !same([...new Set(slots.charges)].sort(), [...event.charges].sort())) out.charges = slots.charges;
  if (slots.people !== undefined && !same([...new Set(slots.people)].sort(), event.people.map((l) => l.person.name).sort())) out.people = [...new Set(slots.people)];
  return out;
}

/** A ConflictError from a stale version becomes the message a reviewer needs. */
async function explainConflict(deps: Deps, eventId: number, seenVersion: number, error: ConflictError): Promise<HttpError> {
  const event = await getEvent(deps.db, eventId).catch(() => null);
  if (event && event.version !== seenVersion) {
    const last = event.decisions.at(-1);
    const who = last?.user ? (last.user.name ?? last.user.email) : 'someone else';
    const what = last ? `${last.action.toLowerCase()} by ${who} at ${when(last.createdAt)}` : 'a change by the pipeline';
    return new HttpError(409, `Event #${eventId} was changed by someone else while you had it open (${what}); nothing of yours was saved. Here it is as it is now: check it and decide again.`);
  }
  return new HttpError(409, error.message.replace(/^store: /, ''));
}

export async function runEventAction(deps: Deps, auth: Auth, action: EventAction, eventId: number, input: unknown) {
  const userId = auth.user.id;
  const seen = (input as { version?: unknown } | null)?.version;
  try {
    switch (action) {
      case 'confirm': {
        const { version, edits } = parse(confirmSchema, input);
        const current = await getEvent(deps.db, eventId);
        const changed = current.version === version ? changedSlots(current, edits) : edits ? (edits as EventEdits) : {};
        return { event: await confirmEvent(deps.db, { eventId, userId, expectedVersion: version, ...(Object.keys(changed).length ? { edits: changed } : {}) }) };
      }
      case 'edit': {
        const { version, edits } = parse(editSchema, input);
        const current = await getEvent(deps.db, eventId);
        const changed = current.version === version ? changedSlots(current, edits) : (edits as EventEdits);
        if (!Object.keys(changed).length) return { event: current, unchanged: true };
        return { event: await editEvent(deps.db, { eventId, userId, expectedVersion: version, edits: changed }) };
      }
      case 'reject': {
        const { version, reason } = parse(rejectSchema, input);
        return { event: await rejectEvent(deps.db, { eventId, userId, expectedVersion: version, reason }) };
      }
      case 'reopen': {
        const { version, reason } = parse(reopenSchema, input);
        return { event: await reopenEvent(deps.db, { eventId, userId, expectedVersion: version, ...(reason ? { reason } : {}) }) };
      }
      case 'merge': {
        const { version, targetId, targetVersion, reason } = parse(mergeSchema, input);
        const { source, target } = await mergeEvents(deps.db, { sourceId: eventId, targetId, userId, expectedVersion: version, ...(targetVersion ? { expectedTargetVersion: targetVersion } : {}), reason: reason ?? null });
        return { event: source, target };
      }
      case 'split': {
        const { version, candidateIds, personIds, reason } = parse(splitSchema, input);
        const { original, created } = await splitEvent(deps.db, { eventId, candidateIds, personIds, userId, expectedVersion: version, reason: reason ?? null });
        return { event: original, created };
      }
    }
  } catch (error) {
    if (error instanceof ConflictError && typeof seen === 'number') throw await explainConflict(deps, eventId, seen, error);
    if (error instanceof ConflictError && typeof seen === 'string' && /^\d+$/.test(seen)) throw await explainConflict(deps, eventId, Number(seen), error);
    throw error;
  }
}

export async function addPersonAlias(deps: Deps, auth: Auth, personId: number, input: unknown) {
  const { alias } = parse(aliasSchema, input);
  return addAlias(deps.db, { personId, alias, userId: auth.user.id });
}

export async function mergePersonInto(deps: Deps, auth: Auth, keepId: number, input: unknown) {
  const { otherId } = parse(mergePersonSchema, input);
  if (otherId === keepId) throw new HttpError(422, 'Choose another person: a person cannot be merged into themselves.', { otherId: 'choose another person' });
  return mergePeople(deps.db, { keepId, mergeId: otherId, userId: auth.user.id });
}
