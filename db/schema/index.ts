export * from './organisations.js';
export * from './auth.js';
export * from './audit.js';
export * from './notifications.js';
export * from './jobs.js';
export * from './referrals.js';
