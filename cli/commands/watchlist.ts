// `habeas watchlist add | list | remove | set-email | add-person | remove-person | feed`: the people a
// monitor follows. Names of people are resolved through their aliases (findPeopleByAlias).
import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../core/index.ts';
import { feedAddress, newFeedToken, parseRecipients, RecipientError, reviewLinks } from '../../digest/index.ts';
import {
  addWatchlistPerson, createWatchlist, deleteWatchlist, ensurePerson, findPeopleByAlias, findPersonById, getWatchlistByName, listDeliveries, listWatchlists,
  removeWatchlistPerson, setWatchlistFeedToken, updateWatchlistEmail, type Db,
} from '../../store/index.ts';
import { UsageError } from '../errors.ts';
import { withStore } from '../store.ts';

const name = z.string().trim().min(1, 'must not be empty').max(120, 'at most 120 characters');
const personId = z.coerce.number().int().positive();

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`${what}: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
  return result.data;
}

function recipients(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    const list = parseRecipients(value);
    return list.length ? list.join(', ') : null;
  } catch (error) {
    if (error instanceof RecipientError) throw new UsageError(`--email: ${error.message}`);
    throw error;
  }
}

type Person = Awaited<ReturnType<typeof findPeopleByAlias>>[number];

const describe = (person: Person) => {
  const others = person.aliases.map((alias) => alias.alias).filter((alias) => alias !== person.name);
  return `#${person.id} ${person.name}${others.length ? ` (also ${others.join(', ')})` : ''}`;
};

/** The one person a name or alias means; several or none is a usage error that says what to do. */
async function resolvePerson(db: Db, spelled: string, options: { id?: string; create?: boolean; among?: number[] }): Promise<Person> {
  if (options.id !== undefined) {
    const id = parse(personId, options.id, '--person-id');
    const person = await findPersonById(db, id);
    if (!person) throw new UsageError(`there is no person #${id}`);
    return person;
  }
  let found = await findPeopleByAlias(db, spelled);
  if (options.among) found = found.filter((person) => options.among!.includes(person.id));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    throw new UsageError(`several people are known as ${JSON.stringify(spelled)}: ${found.map(describe).join('; ')}; pick one with --person-id`);
  }
  if (options.create) return ensurePerson(db, spelled);
  throw new UsageError(
    options.among
      ? `nobody on the watchlist is known as ${JSON.stringify(spelled)}`
      : `nobody is known as ${JSON.stringify(spelled)} (names and aliases checked); add --create to watch for a person not reported yet`,
  );
}

export function register(program: Command): void {
  const watchlist = program.command('watchlist').description('watchlists: the people a monitor follows, and where their digest goes');

  watchlist
    .command('add <name>')
    .description('create a watchlist')
    .option('--email <addresses>', 'where its digest goes (several: comma-separated)')
    .action(async (rawName: string, options: { email?: string }) => {
      const listName = parse(name, rawName, 'watchlist name');
      const email = recipients(options.email);
      await withStore(async ({ db }) => {
        const created = await createWatchlist(db, { name: listName, email });
        process.stdout.write(`created watchlist ${JSON.stringify(created.name)}${email ? `; its digest goes to ${email}` : "; no e-mail yet ('habeas watchlist set-email')"}\n`);
      });
    });

  watchlist
    .command('list')
    .description('every watchlist with its people, e-mail and last digest sent')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      await withStore(async ({ db }) => {
        const lists = await listWatchlists(db);
        const rows = [];
        for (const list of lists) {
          const [last] = (await listDeliveries(db, { watchlistId: list.id, take: 20 })).filter((d) => d.status === 'SENT');
          rows.push({
            id: list.id,
            name: list.name,
            email: list.email,
            people: list.people.map((link) => ({ id: link.person.id, name: link.person.name, aliases: link.person.aliases.map((a) => a.alias) })),
            feedSince: list.feedTokenAt?.toISOString() ?? null,
            lastSent: last ? { at: last.sentAt?.toISOString() ?? null, periodEnd: last.periodEnd.toISOString(), events: last.eventIds.length } : null,
          });
        }
        if (options.json) {
          process.stdout.write(`${JSON.stringify(rows)}\n`);
          return;
        }
        if (!rows.length) {
          process.stdout.write("no watchlists yet; create one with 'habeas watchlist add NAME --email ADDRESS'\n");
          return;
        }
        for (const row of rows) {
          process.stdout.write(`${row.name} (${row.email ?? 'no e-mail'})\n`);
          process.stdout.write(`  people: ${row.people.length ? row.people.map((p) => `#${p.id} ${p.name}`).join(', ') : 'none yet'}\n`);
          process.stdout.write(`  feed: ${row.feedSince ? `on since ${row.feedSince}` : "none ('habeas watchlist feed NAME')"}\n`);
          process.stdout.write(`  last digest: ${row.lastSent ? `${row.lastSent.at} (${row.lastSent.events} events, up to ${row.lastSent.periodEnd})` : 'none sent'}\n`);
        }
      });
    });

  watchlist
    .command('remove <name>')
    .description('remove a watchlist (the record of digests sent stays)')
    .action(async (rawName: string) => {
      await withStore(async ({ db }) => {
        const list = await getWatchlistByName(db, parse(name, rawName, 'watchlist name'));
        await deleteWatchlist(db, list.id);
        process.stdout.write(`removed watchlist ${JSON.stringify(list.name)}\n`);
      });
    });

  watchlist
    .command('set-email <name> [addresses]')
    .description('change where a watchlist\'s digest goes (no addresses: none)')
    .action(async (rawName: string, addresses: string | undefined) => {
      const email = recipients(addresses ?? '');
      await withStore(async ({ db }) => {
        const list = await getWatchlistByName(db, parse(name, rawName, 'watchlist name'));
        await updateWatchlistEmail(db, list.id, email);
        process.stdout.write(`watchlist ${JSON.stringify(list.name)}: digest goes to ${email ?? 'nobody'}\n`);
      });
    });

  watchlist
    .command('add-person <name> <person>')
    .description('watch a person, found by any name or alias they are known by')
    .option('--person-id <id>', 'the person\'s id, where several share the name')
    .option('--create', 'nobody known by that name yet: create the person, so their first reported event is matched')
    .action(async (rawName: string, rawPerson: string, options: { personId?: string; create?: boolean }) => {
      const spelled = parse(name, rawPerson, 'person');
      await withStore(async ({ db }) => {
        const list = await getWatchlistByName(db, parse(name, rawName, 'watchlist name'));
        const person = await resolvePerson(db, spelled, { id: options.personId, create: options.create });
        const { added } = await addWatchlistPerson(db, list.id, person.id);
        process.stdout.write(`${added ? 'watching' : 'already watching'} #${person.id} ${person.name} on ${JSON.stringify(list.name)}\n`);
      });
    });

  watchlist
    .command('remove-person <name> <person>')
    .description('stop watching a person (by any name or alias)')
    .option('--person-id <id>', 'the person\'s id')
    .action(async (rawName: string, rawPerson: string, options: { personId?: string }) => {
      const spelled = parse(name, rawPerson, 'person');
      await withStore(async ({ db }) => {
        const list = await getWatchlistByName(db, parse(name, rawName, 'watchlist name'));
        const person = await resolvePerson(db, spelled, { id: options.personId, among: list.people.map((link) => link.personId) });
        const { removed } = await removeWatchlistPerson(db, list.id, person.id);
        process.stdout.write(`${removed ? 'no longer watching' : 'was not watching'} #${person.id} ${person.name} on ${JSON.stringify(list.name)}\n`);
      });
    });

  watchlist
    .command('feed <name>')
    .description('make a new secret address for the watchlist\'s Atom feed (the old one stops working); --revoke: none')
    .option('--revoke', 'end the feed: the address stops working and no new one is made')
    .action(async (rawName: string, options: { revoke?: boolean }) => {
      const links = reviewLinks(loadConfig().HABEAS_PUBLIC_URL);
      await withStore(async ({ db }) => {
        const list = await getWatchlistByName(db, parse(name, rawName, 'watchlist name'));
        if (options.revoke) {
          await setWatchlistFeedToken(db, list.id, null);
          process.stdout.write(`watchlist ${JSON.stringify(list.name)}: feed revoked${list.feedTokenHash ? '' : ' (it had none)'}\n`);
          return;
        }
        const { token, hash } = newFeedToken();
        await setWatchlistFeedToken(db, list.id, hash);
        // The token is shown this once: the store keeps only its hash.
        process.stderr.write(`watchlist ${JSON.stringify(list.name)}: ${list.feedTokenHash ? 'new feed address (the old one no longer works)' : 'feed address'}; give it to a feed reader, keep it private:\n`);
        process.stdout.write(`${feedAddress(links, list.id, token)}\n`);
      });
    });
}
