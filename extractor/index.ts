// The extractor: article text (+ publication date, URL) → events per ../shared/EVENTS.md.
// Pure functions, no I/O. See docs/extraction.md for the layers.
export { extractEvents, type ExtractInput } from './extract.ts';
export { extractedEventSchema, CHARGE_LABELS, type ExtractedEvent } from './schema.ts';
export { EVENT_TYPES, type EventType } from './types.ts';
export { MAX_TEXT_CHARS, MAX_SENTENCES, MAX_SENTENCE_CHARS, MAX_TRIGGER_SENTENCES } from './limits.ts';

/** Bump whenever the output for some text can change (rules, word lists, merging). */
export const EXTRACTOR_VERSION = '0.4.1';
