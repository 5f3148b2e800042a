// Bounds on the work done for one article, whatever it is given (EVENTS.md "bad input").
// Text past MAX_TEXT_CHARS is not read; sentences past MAX_SENTENCES are not looked at;
// a "sentence" longer than MAX_SENTENCE_CHARS is cut into pieces of that size.
// A news article is 2–20 KB; 200,000 characters is ten times the longest we expect.
export const MAX_TEXT_CHARS = 200_000;
export const MAX_SENTENCES = 2_000;
export const MAX_SENTENCE_CHARS = 1_500;
/** At most this many trigger sentences get the full analysis (compromise, slots). */
export const MAX_TRIGGER_SENTENCES = 300;
/** At most this many trigger matches of one sentence are classified (a real one has a handful). */
export const MAX_TRIGGERS_PER_SENTENCE = 24;
/** At most this many open name candidates of one article go to compromise's tagger. */
export const MAX_TAGGER_WINDOWS = 80;
