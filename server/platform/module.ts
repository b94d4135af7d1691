import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { RequestContext } from './access.ts';
import type { DashboardTile } from './dashboard.ts';
import type { FileStore } from './files.ts';
import type { Job, JobDeps } from './jobs.ts';

/** What every module's routes are registered with (`buildApp` builds it once). */
export type RouteDeps = { db: Db; config: Config; files: FileStore };

/** Whether the user may read a file owned by the record `ownerId` (the record is in scope). */
export type AttachmentOwnerAccess = (ctx: RequestContext, ownerId: string) => Promise<boolean>;

/**
 * A server module's manifest (`server/modules/<m>/<m>.module.ts`): everything `app.ts` and
 * `main.ts` need from it, so that adding a module is adding its manifest to `server/modules/index.ts`.
 */
export type ServerModule = {
  /** the folder name under server/modules */
  name: string;
  /** registers its routes; modules are registered in the order of the list (prefixes, hooks) */
  routes?: (app: FastifyInstance, deps: RouteDeps) => void | Promise<void>;
  /** its periodic jobs (server/platform/jobs.ts), started by main.ts only */
  jobs?: (deps: JobDeps) => Job[];
  /** the attachment owner types its records use, with who may read their files */
  attachmentOwners?: Record<string, AttachmentOwnerAccess>;
  /** its tiles on the staff's home page (server/platform/dashboard.ts; buildApp registers them) */
  dashboardTiles?: DashboardTile[];
};
