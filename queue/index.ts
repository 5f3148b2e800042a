// The queues between stages: the one place that knows BullMQ and Redis.
export { createRedis } from './connection.ts';
export { PermanentError, RetryLaterError, backoffDelay, toBullmqError } from './errors.ts';
export { QUEUE_NAMES, discoverJob, fetchJob, extractJob, reextractJob, digestJob, type QueueName, type JobDefinition, type DiscoverPayload, type FetchPayload, type ExtractPayload } from './jobs.ts';
export { createQueues, closeQueues, enqueue, enqueueMany, isQueueName, type Queues } from './queues.ts';
export { startWorkers, validated, defaultConcurrency, type StageDeps, type WorkerSettings, type RunningWorkers } from './runtime.ts';
export { queueCounts, listFailedJobs, retryFailedJobs, type QueueCounts, type FailedJob } from './status.ts';
export { syncDiscoverSchedules, scheduleReextractIfVersionChanged, syncDigestSchedule, digestSchedule, DIGEST_SCHEDULER_ID, type ScheduledOutlet } from './schedules.ts';
export { startPipeline, connectRedis, scheduleMinutes, RedisUnavailableError, type Pipeline, type PipelineOptions } from './pipeline.ts';
