import path from 'node:path';
import { buildApp } from './app.ts';
import { ConfigError, listeningBaseUrl, loadConfig } from './config.ts';
import { type Database, migrateDatabase, openDatabase } from './db/client.ts';
import { acquireDataDirLock, DataDirLockedError } from './db/lock.ts';
import { BootstrapError, bootstrap } from './db/seed/bootstrap.ts';
import { DEMO_PASSWORD } from './db/seed/demo-data.ts';
import { startMailIntake } from './modules/channels/channels.jobs.ts';
import { setPublicBaseUrl } from './modules/channels/messages.ts';
import { serverModules } from './modules/index.ts';
import { LocalFileStore } from './platform/files.ts';
import { startJobs } from './platform/jobs.ts';

/** Start: config → database (lock, migrate, bootstrap) → app → listen; graceful shutdown. */
async function main(): Promise<void> {
  const config = loadConfig();
  let releaseLock = () => {};
  let database: Database;
  if (config.databaseUrl) {
    database = await openDatabase({ engine: 'postgres', url: config.databaseUrl });
  } else {
    releaseLock = acquireDataDirLock(config.dataDir);
    database = await openDatabase({ engine: 'pglite', dir: path.join(config.dataDir, 'pgdata') });
  }
  await migrateDatabase(database);
  const boot = await bootstrap(database.db, config);
  const app = await buildApp({ config, database });

  // every module's jobs: hourly, the outbox every ~30 s (channels.module.ts)
  const stopJobs = startJobs(
    serverModules.flatMap((module) => module.jobs?.({ db: database.db, config }) ?? []),
    app.log,
  );
  // 电子信箱: mail to the public mailbox or a cadre's address becomes a case
  const mailIntake = config.smtp.enabled
    ? await startMailIntake({
        db: database.db,
        files: new LocalFileStore(config.filesDir),
        config,
        log: app.log,
      }).catch((err: unknown) => {
        if ((err as { code?: string }).code === 'EADDRINUSE') {
          throw new ConfigError(
            `收信端口 ${config.smtp.port} 已被占用 (SMTP port in use)：请设置 SMTP_PORT，或设置 SMTP_ENABLED=0 不收邮件`,
          );
        }
        throw err;
      })
    : null;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    stopJobs();
    app.log.info({ signal }, 'shutting down');
    try {
      await mailIntake?.close();
      await app.close();
      await database.close();
    } finally {
      releaseLock();
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // links in receipts point where the server really listens (PORT=0 binds a free port)
  if (!config.publicBaseUrlSet) setPublicBaseUrl(listeningBaseUrl(config.host, port));
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const lines = [
    '',
    `  贴心人 Tiexin ${config.version} — http://${shown}:${port}/`,
    `  数据库 database: ${database.engine === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL'}`,
  ];
  if (mailIntake) {
    lines.push(
      `  收信 SMTP: port ${mailIntake.port} (${config.mail.publicAddress} 及干部信箱)` +
        (config.mail.relayUrl ? '' : '；未配置 SMTP_RELAY_URL，外发邮件保存在发件箱'),
    );
  }
  if (config.demo) {
    lines.push(
      `  演示账号 demo accounts (password ${DEMO_PASSWORD}): admin, office, unit, cadre, inspector`,
    );
    if (boot.created === 'demo') lines.push('  已载入演示数据 demo data loaded');
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((err: unknown) => {
  if (
    err instanceof ConfigError ||
    err instanceof DataDirLockedError ||
    err instanceof BootstrapError
  ) {
    process.stderr.write(`\n${err.message}\n\n`);
  } else {
    process.stderr.write(
      `启动失败 startup failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  }
  process.exit(1);
});
