// The outlet registry's shape, one zod schema. Each entry says where an outlet publishes
// (feeds, sitemaps, listing pages), how to read its articles (optional selectors handed to
// the parser as a profile) and how politely to fetch it.
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

const sitemap = z.union([
  httpUrl.transform((url) => ({ url, news: false })),
  z.strictObject({ url: httpUrl, news: z.boolean().default(false) }),
]);

const listing = z.strictObject({
  url: httpUrl,
  linkSelector: z.string().min(1).describe('CSS selector of the article links on the page'),
});

export const articleProfileSchema = z.strictObject({
  title: z.string().min(1).optional(),
  byline: z.string().min(1).optional(),
  date: z.string().min(1).optional(),
  body: z.string().min(1).optional(),
  remove: z.array(z.string().min(1)).optional().describe('selectors dropped from the body'),
});

const rateLimit = z.strictObject({
  requestsPerMinute: z.number().int().min(1).max(600).default(30),
  concurrency: z.number().int().min(1).max(8).default(2),
});

const schedule = z
  .string()
  .regex(/^\d+\s*(m|h|d)$/, 'expected an interval such as "30m", "2h" or "1d"')
  .default('1h');

export const outletSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-"'),
  name: z.string().min(1),
  homepage: httpUrl,
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'a language tag such as "en"').default('en'),
  feeds: z.array(httpUrl).default([]),
  sitemaps: z.array(sitemap).default([]),
  listings: z.array(listing).default([]),
  articleUrlPattern: z
    .string()
    .refine((source) => { try { new RegExp(source); return true; } catch { return false; } }, 'not a valid regular expression')
    .optional()
    .describe('only URLs matching this are articles'),
  articleSelectors: articleProfileSchema.optional(),
  rateLimit: rateLimit.default({ requestsPerMinute: 30, concurrency: 2 }),
  schedule,
  maxArticlesPerRun: z.number().int().min(1).default(200),
  allowPrivate: z.boolean().default(false),
  enabled: z.boolean().default(true).describe('false: crawled only when named with --outlet'),
  unverified: z.boolean().default(false).describe('feeds and sitemaps written from memory, not checked'),
  note: z.string().optional(),
}).refine((outlet) => outlet.feeds.length + outlet.sitemaps.length + outlet.listings.length > 0, {
  message: 'needs at least one of feeds, sitemaps or listings',
  path: ['feeds'],
});

export const registrySchema = z.strictObject({ outlets: z.array(z.unknown()) });

export type Outlet = z.infer<typeof outletSchema>;
export type ArticleProfile = z.infer<typeof articleProfileSchema>;
