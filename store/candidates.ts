import { createHash } from 'node:crypto';
import type { Db } from './connect.ts';
import { parsePartialDate } from './dates.ts';
import { wrap } from './errors.ts';
import type { EventType } from './generated/client.ts';

export type CandidateInput = {
  type: EventType;
  date: string | null;
  people: string[];
  count: number | null;
  charges: string[];
  termMonths: number | null;
  evidence: { start: number; end: number; quote: string }[];
  ruleIds: string[];
  confidence: number;
};

export function candidateFingerprint(candidate: CandidateInput): string {
  const slots = [candidate.type, candidate.date, [...candidate.people].sort(), candidate.count, [...candidate.charges].sort(), candidate.termMonths];
  return createHash('sha256').update(JSON.stringify(slots)).digest('hex').slice(0, 32);
}

/**
 * Records what one extractor version found in one article. Idempotent: a second call for
 * the same article and version changes nothing and returns the stored rows. A new version
 * supersedes the older candidates (they stay, with their links to events reviewers decided).
 */
export async function recordCandidates(db: Db, articleId: number, extractorVersion: string, candidates: CandidateInput[]) {
  try {
    return await db.$transaction(async (tx) => {
      // Serialise writers of the same article, so a retried job racing its first attempt
      // cannot insert the same candidates twice.
      await tx.$executeRaw`select pg_advisory_xact_lock(${articleId}::bigint)`;
      // After the lock, in a statement of its own (a statement reads what had committed when it began).
      const [seen] = await tx.$queryRaw<{ extractedVersion: string | null; recorded: boolean }[]>`
        select "extractedVersion", exists (select 1 from "Candidate" where "articleId" = ${articleId} and "extractorVersion" = ${extractorVersion}) as recorded
        from "Article" where id = ${articleId}`;
      // An article in which this version found nothing has no candidate rows; the article row
      // remembers that it was extracted, so re-running is still a no-op.
      if (seen?.recorded || seen?.extractedVersion === extractorVersion) {
        return { candidates: await tx.candidate.findMany({ where: { articleId, extractorVersion }, orderBy: { ordinal: 'asc' } }), created: false };
      }
      await tx.$executeRaw`
        with superseded as (
          update "Candidate" set "supersededAt" = (now() at time zone 'utc')
          where "articleId" = ${articleId} and "extractorVersion" <> ${extractorVersion} and "supersededAt" is null)
        update "Article" set "extractedVersion" = ${extractorVersion}, "extractedAt" = (now() at time zone 'utc'), "updatedAt" = (now() at time zone 'utc') where id = ${articleId}`;
      // One INSERT for all of them (rows come back in the order given).
      const rows = await tx.candidate.createManyAndReturn({
        data: candidates.map((candidate, ordinal) => {
          const date = candidate.date ? parsePartialDate(candidate.date) : null;
          return {
            articleId,
            extractorVersion,
            ordinal,
            fingerprint: candidateFingerprint(candidate),
            type: candidate.type,
            date: date ? candidate.date : null,
            datePrecision: date?.precision ?? null,
            people: candidate.people,
            count: candidate.count,
            charges: candidate.charges,
            termMonths: candidate.termMonths,
            evidence: candidate.evidence,
            ruleIds: candidate.ruleIds,
            confidence: candidate.confidence,
          };
        }),
      });
      rows.sort((a, b) => a.ordinal - b.ordinal);
      return { candidates: rows, created: true };
    });
  } catch (cause) {
    throw wrap(`record candidates of article ${articleId}`, cause);
  }
}

export async function listCandidates(db: Db, articleId: number, options: { includeSuperseded?: boolean } = {}) {
  try {
    return await db.candidate.findMany({
      where: { articleId, ...(options.includeSuperseded ? {} : { supersededAt: null }) },
      orderBy: [{ extractorVersion: 'asc' }, { ordinal: 'asc' }],
    });
  } catch (cause) {
    throw wrap(`list candidates of article ${articleId}`, cause);
  }
}
