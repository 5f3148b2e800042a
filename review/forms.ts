// zod schemas for every input the app takes, from HTML forms (strings, repeated fields) and
// from the JSON API alike. Errors come back per field, to be shown next to the field.
import { z } from 'zod';
import { CHARGE_LABELS, EVENT_TYPES } from '../extractor/index.ts';
import { parsePartialDate } from '../store/index.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a string is not an ISO date at some precision, or null when it is one. */
export function dateProblem(value: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return 'write the date as YYYY-MM-DD, YYYY-MM or YYYY';
  const [, y, m, d] = match;
  const month = Number(m ?? 1);
  if (month < 1 || month > 12) return `${value} has no month ${m}`;
  if (!parsePartialDate(value)) {
    const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
    return `${value} is not a date: ${MONTHS[month - 1]} ${y} has ${days} days`;
  }
  return null;
}

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : typeof value === 'string' ? value.trim() : value);
const toList = (value: unknown) => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value]);
const lines = (value: unknown) =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean) : value;

const chargeLabel = z.string().refine((label) => (CHARGE_LABELS as readonly string[]).includes(label), {
  error: (issue) => `"${String(issue.input)}" is not a charge label of EVENTS.md (one of ${CHARGE_LABELS.join(', ')})`,
});

const eventType = z.enum(EVENT_TYPES as unknown as [string, ...string[]], { error: `the type is one of ${EVENT_TYPES.join(', ')}` });

const wholeNumber = (what: string, max: number) =>
  z.preprocess(
    (value) => {
      const v = blankToNull(value);
      return typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
    },
    z.number({ error: `${what} is a whole number` }).int(`${what} is a whole number`).min(0, `${what} cannot be negative`).max(max, `${what} is at most ${max}`).nullable(),
  );

export const version = z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v), z.number({ error: 'the form lacks the event version; reload the page' }).int().positive());

// A form may offer a choice (radio) and a free number field under one name: the first filled wins.
const firstFilled = (v: unknown) => (Array.isArray(v) ? v.find((x) => typeof x !== 'string' || x.trim() !== '') : v);
const id = (what: string) =>
  z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : v), z.number({ error: `${what} is an event or person number` }).int().positive());
const chosenId = (what: string) => z.preprocess(firstFilled, id(what));

/** The reviewable slots; every one optional (only those sent change). */
export const slotsSchema = z
  .object({
    type: eventType.optional(),
    date: z
      .preprocess(blankToNull, z.string().nullable())
      .superRefine((value, ctx) => {
        const problem = value === null ? null : dateProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    people: z.preprocess(lines, z.array(z.string().trim().min(2, 'a name has at least two letters').max(200))).optional(),
    count: wholeNumber('the count', 10_000_000).optional(),
    charges: z.preprocess(toList, z.array(chargeLabel)).optional(),
    termMonths: wholeNumber('the term', 1200).optional(),
  })
  .superRefine((slots, ctx) => {
    if (slots.type && slots.type !== 'SENTENCE' && slots.termMonths != null) {
      ctx.addIssue({ code: 'custom', path: ['termMonths'], message: 'only a sentence has a term; clear it or make the type SENTENCE' });
    }
    const charged = ['ARREST', 'CHARGE', 'DETENTION', 'SENTENCE'];
    if (slots.type && !charged.includes(slots.type) && slots.charges?.length) {
      ctx.addIssue({ code: 'custom', path: ['charges'], message: `a ${slots.type.toLowerCase()} has no charges (only arrests, charges, detentions and sentences do)` });
    }
  });

export type Slots = z.infer<typeof slotsSchema>;

export const decisionSchema = z.object({ version });
export const confirmSchema = z.object({ version, edits: slotsSchema.optional() });
export const editSchema = z.object({ version, edits: slotsSchema });
export const rejectSchema = z.object({
  version,
  reason: z.preprocess(blankToNull, z.string({ error: 'say why the event is rejected' }).max(2000, 'at most 2,000 characters')),
});
export const reopenSchema = z.object({ version, reason: z.preprocess(blankToNull, z.string().max(2000).nullable()).optional() });
export const mergeSchema = z.object({
  version,
  targetId: chosenId('the event to merge into'),
  targetVersion: version.optional(),
  reason: z.preprocess(blankToNull, z.string().max(2000).nullable()).optional(),
});
export const splitSchema = z.object({
  version,
  candidateIds: z.preprocess(toList, z.array(id('a source')).min(1, 'choose at least one source article for the new event')),
  personIds: z.preprocess(toList, z.array(id('a person'))),
  reason: z.preprocess(blankToNull, z.string().max(2000).nullable()).optional(),
});
export const aliasSchema = z.object({ alias: z.string({ error: 'type the spelling' }).trim().min(2, 'a spelling has at least two letters').max(200) });
export const mergePersonSchema = z.object({ otherId: chosenId('the person to merge') });

export const ROLES = ['ADMIN', 'REVIEWER', 'VIEWER'] as const;
export const emailSchema = z.string({ error: 'an e-mail address' }).trim().toLowerCase().pipe(z.email('not an e-mail address'));
export const passwordSchema = z.string({ error: 'a password' }).min(12, 'at least 12 characters').max(512, 'at most 512 characters');
export const newUserSchema = z.object({
  email: emailSchema,
  name: z.preprocess(blankToNull, z.string().max(200).nullable()).optional(),
  role: z.enum(ROLES, { error: `the role is one of ${ROLES.join(', ')}` }),
  password: passwordSchema,
});
export const updateUserSchema = z.object({
  role: z.enum(ROLES, { error: `the role is one of ${ROLES.join(', ')}` }).optional(),
  disabled: z.preprocess((v) => (v === 'on' || v === 'true' ? true : v === 'false' || v === '' ? false : v), z.boolean()).optional(),
});
export const loginSchema = z.object({ email: z.string().trim().toLowerCase().max(320), password: z.string().max(512), next: z.string().optional() });

/** Inbox filters from the query string; blank fields mean "any". */
export const inboxQuerySchema = z.object({
  status: z.preprocess(blankToNull, z.enum(['PENDING', 'CONFIRMED', 'REJECTED', 'MERGED']).nullable()).optional(),
  type: z.preprocess(blankToNull, eventType.nullable()).optional(),
  outlet: z.preprocess(blankToNull, z.string().max(100).nullable()).optional(),
  person: z.preprocess(blankToNull, z.string().max(200).nullable()).optional(),
  personId: z.preprocess(blankToNull, id('a person').nullable()).optional(),
  watchlist: z.preprocess(blankToNull, id('a watchlist').nullable()).optional(),
  from: z.preprocess(blankToNull, z.string().nullable()).refine((v) => !v || !dateProblem(v), { error: (issue) => dateProblem(String(issue.input)) ?? 'not a date' }).optional(),
  to: z.preprocess(blankToNull, z.string().nullable()).refine((v) => !v || !dateProblem(v), { error: (issue) => dateProblem(String(issue.input)) ?? 'not a date' }).optional(),
  page: z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v === undefined || v === '' ? 1 : v), z.number().int().min(1).max(100_000)).optional(),
});
export type InboxParams = z.infer<typeof inboxQuerySchema>;

/** Field → first message, for showing errors next to their fields. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.filter((p) => p !== 'edits');
    const key = String(path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}
