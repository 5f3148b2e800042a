export { loadConfig, parseConfig, ConfigError, dataDir, redactUrl, secretSettings, type Config } from './config.ts';
export { logger, rootLogger, type Logger } from './logger.ts';
export { foldName, isFullName } from './names.ts';
export { withTimeout } from './timeout.ts';
