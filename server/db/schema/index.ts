export * from './auth.ts';
export * from './campaigns.ts';
export * from './cases.ts';
export * from './org.ts';
export * from './platform.ts';
export * from './settings.ts';
export * from './visits.ts';
export * from './workflow.ts';
