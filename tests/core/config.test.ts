import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, redactUrl, secretSettings } from '../../core/index.ts';

describe('configuration', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = parseConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.HABEAS_DATA_DIR).toBe('./data');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.PORT).toBe(3000);
  });

  it.each([
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL: expected a URL starting with postgres/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL: /],
    ['PORT', '70000', /PORT: /],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: /],
    ['SESSION_SECRET', 'short', /SESSION_SECRET: at least 32 characters/],
    ['HABEAS_QUEUE_PREFIX', 'has space', /HABEAS_QUEUE_PREFIX: /],
  ])('refuses a bad %s with a message naming it', (name, value, message) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(message);
  });

  it('treats an empty value as unset', () => {
    expect(parseConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('marks the settings that hold secrets, and redacts passwords in URLs', () => {
    expect([...secretSettings].sort()).toEqual(['DATABASE_URL', 'REDIS_URL', 'SESSION_SECRET', 'SMTP_URL']);
    expect(redactUrl('postgresql://habeas:hunter2@db.internal:5432/habeas')).toBe('postgresql://habeas:***@db.internal:5432/habeas');
  });
});
