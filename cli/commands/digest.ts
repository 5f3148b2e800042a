// `habeas digest [--watchlist NAME | --all] [--format html|md|text|atom] [--send] [--since T] [--until T]`:
// print the next digest, or send it (once per period; a failed send is sent again next run).
import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig, logger } from '../../core/index.ts';
import {
  buildDigest, parseMoment, planPeriod, renderAtom, renderHtml, renderMarkdown, renderText, reviewLinks, sendAllDigests, smtpHost,
  type Digest, type Links, type Watchlist,
} from '../../digest/index.ts';
import { getWatchlistByName, listWatchlists, type Db } from '../../store/index.ts';
import { EXIT, UsageError } from '../errors.ts';
import { withStore } from '../store.ts';

const renderers: Record<string, (digest: Digest) => string> = { html: renderHtml, md: renderMarkdown, text: renderText, atom: renderAtom };

const optionsSchema = z
  .object({
    watchlist: z.string().trim().min(1).optional(),
    all: z.boolean().optional(),
    format: z.enum(['html', 'md', 'text', 'atom']).optional(),
    send: z.boolean().optional(),
    since: z.string().optional(),
    until: z.string().optional(),
  })
  .refine((o) => !(o.watchlist && o.all), { message: '--watchlist and --all exclude each other' })
  .refine((o) => !o.send || o.watchlist || o.all, { message: '--send needs --watchlist NAME or --all (a digest goes to a watchlist\'s e-mail)' })
  .refine((o) => !(o.send && o.format), { message: '--send sends an HTML part and a plain-text part; --format is for printing' });

/** A --since / --until value as a moment; shared with `habeas export`. */
export function moment(value: string | undefined, option: string, now: Date): Date | undefined {
  if (value === undefined) return undefined;
  const at = parseMoment(value, now);
  if (!at) throw new UsageError(`${option} takes an ISO 8601 date or date-time (2026-11-30, 2026-11-30T18:00Z) or a span back from now (36h, 7d), not ${JSON.stringify(value)}`);
  return at;
}

async function watchlistsFor(db: Db, options: { watchlist?: string | undefined; all?: boolean | undefined }): Promise<Watchlist[]> {
  if (options.watchlist) return [await getWatchlistByName(db, options.watchlist)];
  if (!options.all) return [];
  const lists = await listWatchlists(db);
  if (!lists.length) throw new UsageError("there are no watchlists; create one with 'habeas watchlist add NAME --email ADDRESS'");
  return lists;
}

async function send(db: Db, lists: Watchlist[], links: Links, period: { since?: Date | undefined; until?: Date | undefined }) {
  const config = loadConfig();
  if (!config.SMTP_URL) throw new UsageError('SMTP_URL is not set: the digest needs a mail server (smtp://… or smtps://…)');
  const log = logger('digest');
  log.info({ smtp: smtpHost(config.SMTP_URL), watchlists: lists.length }, 'digest: sending');
  const summary = await sendAllDigests(db, lists, {
    ...period,
    smtpUrl: config.SMTP_URL,
    from: config.HABEAS_MAIL_FROM,
    links,
    onLine: (line) => process.stdout.write(`${line}\n`),
    onWatchlist: (list, i, of) => {
      if (of > 1) process.stderr.write(`digest: ${list.name} (${i + 1}/${of})\n`);
    },
    onRetry: (list, { attempt, delayMs, error }) => process.stderr.write(`digest: ${list.name}: attempt ${attempt} failed (${error.message}); retrying in ${Math.ceil(delayMs / 1000)} s\n`),
  });
  if (summary.failed) process.exitCode = EXIT.failed;
}

async function print(db: Db, lists: Watchlist[], links: Links, format: string, period: { since?: Date | undefined; until?: Date | undefined; now: Date }) {
  if (lists.length > 1 && (format === 'html' || format === 'atom')) throw new UsageError(`--all prints text or md; an ${format} document holds one watchlist (use --watchlist NAME)`);
  const render = renderers[format]!;
  const targets: (Watchlist | null)[] = lists.length ? lists : [null];
  for (const [i, list] of targets.entries()) {
    const planned = await planPeriod(db, list?.id ?? null, period);
    const digest = await buildDigest(db, { watchlist: list, period: planned, links, now: period.now });
    process.stdout.write(`${i ? '\n' : ''}${render(digest)}`);
  }
}

export function register(program: Command): void {
  program
    .command('digest')
    .description('the digest of confirmed events: printed, or sent to a watchlist\'s e-mail (once per period)')
    .option('--watchlist <name>', 'this watchlist\'s people first; with --send, to its e-mail')
    .option('--all', 'every watchlist, each its own digest')
    .option('--format <format>', 'print as html, md, text or atom (default text)')
    .option('--send', 'send over SMTP (SMTP_URL) instead of printing')
    .option('--since <when>', 'confirmations from (ISO date/date-time or 36h, 7d); default: since the last digest sent, else 24 h')
    .option('--until <when>', 'confirmations before (default: a minute ago, so confirmations still committing wait for the next digest)')
    .action(async (raw: unknown) => {
      const parsed = optionsSchema.safeParse(raw);
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
      const options = parsed.data;
      const config = loadConfig();
      const now = new Date();
      const period = { since: moment(options.since, '--since', now), until: moment(options.until, '--until', now) };
      if (period.since && period.until && period.since >= period.until) throw new UsageError('--since must be before --until');
      const links = reviewLinks(config.HABEAS_PUBLIC_URL);
      await withStore(async ({ db }) => {
        const lists = await watchlistsFor(db, options);
        if (options.send) await send(db, lists, links, period);
        else await print(db, lists, links, options.format ?? 'text', { ...period, now });
      });
    });
}
