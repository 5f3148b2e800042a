// The store: the one place that knows SQL. Every stage calls these functions.
export { openStore, type Db, type Store, type StoreOptions } from './connect.ts';
export { StoreError, DatabaseUnavailableError, MigrationError, ConflictError, NotFoundError } from './errors.ts';
export { migrate, migrationStatus, MIGRATORS_LOCK, createMigration, diffMigrationsToSchema, type MigrationStatus } from './migrate/index.ts';
export { upsertOutlet, recordOutletResult, getFeedState, saveFeedState, type OutletInput, type FeedStateInput } from './outlets.ts';
export { upsertArticle, findExistingUrls, saveParsedArticle, getArticle, listParsedArticleIds, contentHash, type ArticleRef, type ParsedFields } from './articles.ts';
export { addSnapshot, latestSnapshot, listLatestSnapshots, snapshotBody, type SnapshotInput } from './snapshots.ts';
export { recordCandidates, listCandidates, candidateFingerprint, type CandidateInput } from './candidates.ts';
export { groupCandidate, groupCandidates, type Grouped } from './grouping.ts';
export { confirmEvent, editEvent, rejectEvent, reopenEvent, getEvent, type EventSlots, type EventEdits } from './events.ts';
export { ensurePerson, findPeopleByAlias, addAlias, mergePeople } from './people.ts';
export { createUser, findUserByEmail } from './users.ts';
export { parsePartialDate, datesCompatible } from './dates.ts';
export type { EventType, EventStatus, Role, ParseStatus, ReviewAction, UserAuditAction, DeliveryStatus, DigestDelivery } from './generated/client.ts';
export { countStore, outletHealth, silenceOf, SILENCE_RULES, type StoreCounts, type OutletHealth } from './stats.ts';
export { listInboxEvents, countEventsByStatus, listInboxFacets, findAdjacentEvents, type InboxFilter, type InboxQuery, type InboxRow } from './inbox.ts';
export { mergeEvents, splitEvent, listMergeSuggestions, type MergeInput, type SplitInput } from './review.ts';
export { createSession, findSession, deleteSession, deleteUserSessions, deleteExpiredSessions, type SessionInput } from './sessions.ts';
export { getUser, listUsers, countUsers, updateUser, recordLogin, listUserAudit } from './accounts.ts';
export { getPerson, listPersonTimeline, listPersonEvents, searchPeople } from './timeline.ts';
export { listSnapshotMeta, getSnapshot } from './sources.ts';
export { createWatchlist, getWatchlistByName, listWatchlists, updateWatchlistEmail, deleteWatchlist, addWatchlistPerson, removeWatchlistPerson, findPersonById, setWatchlistFeedToken, findWatchlistByFeedToken } from './watchlists.ts';
export {
  listConfirmedEvents, countPendingEvents, findLastSentDelivery, findUnsentDelivery, claimDelivery, markDeliverySent, markDeliveryFailed, listDeliveries,
  type Period, type DigestEventRow, type DeliveryClaim, type ClaimResult, type SentDigest,
} from './digests.ts';
export { listSourceTrails, countSourceTrails, readSnapshotBody, type TrailFilter, type SourceTrailRow, type SnapshotMeta } from './exports.ts';
