// --since / --until values: an ISO 8601 date (midnight UTC) or date-time, or a span back
// from now ("36h", "7d", "90m").
const span = /^(\d+)\s*(m|h|d)$/i;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

const unitMs = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** The moment a value names, or null when it names none. */
export function parseMoment(value: string, now = new Date()): Date | null {
  const text = value.trim();
  const relative = span.exec(text);
  if (relative) return new Date(now.getTime() - Number(relative[1]) * unitMs[relative[2]!.toLowerCase() as keyof typeof unitMs]);
  if (isoDate.test(text)) {
    const date = new Date(`${text}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
  }
  if (isoDateTime.test(text)) {
    // A date-time without a zone is read as UTC, as every time Habeas prints is.
    const date = new Date(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text.replace(' ', 'T')}Z`);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}
