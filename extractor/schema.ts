// The output contract of the extractor (../shared/EVENTS.md), as a zod schema.
import { z } from 'zod';
import { EVENT_TYPES } from './types.ts';

export const CHARGE_LABELS = [
  'smuggling', 'libel', 'hooliganism', 'drugs', 'bribery', 'embezzlement', 'fraud', 'tax_evasion',
  'illegal_entrepreneurship', 'money_laundering', 'abuse_of_office', 'forgery', 'weapons', 'treason', 'mass_disorder',
  'resisting_police', 'assault', 'homicide', 'extremism', 'illegal_border_crossing',
] as const;

export const evidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string().min(1),
}).refine((e) => e.end > e.start && e.quote.length === e.end - e.start, 'evidence span and quote disagree');

export const extractedEventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).nullable(),
  people: z.array(z.string().min(1)),
  count: z.number().int().positive().nullable(),
  charges: z.array(z.enum(CHARGE_LABELS)),
  termMonths: z.number().int().positive().nullable(),
  evidence: z.array(evidenceSchema).min(1),
  confidence: z.number().min(0).max(1),
  ruleIds: z.array(z.string().min(1)).min(1),
});

export type ExtractedEvent = z.infer<typeof extractedEventSchema>;
