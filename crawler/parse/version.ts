// Stored with every parsed article, so a re-parse after the parser changes can be told apart.
export const PARSER_VERSION = 'parse-1';
