// The review web app: inbox, event pages, people, users and roles, audit trail.
export { buildReviewApp, CSP_DIRECTIVES, type ReviewAppOptions } from './app.ts';
export { startReviewServer, type ReviewServer } from './server.ts';
export { hashPassword, verifyPassword } from './auth/passwords.ts';
export { newUserSchema, emailSchema, passwordSchema, ROLES } from './forms.ts';
