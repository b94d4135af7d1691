import path from 'node:path';
import { z } from 'zod';

/** The only reader of process.env. Every variable is validated once; all bad ones are listed. */
const boolFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const ZEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Folder of the embedded database (PGlite) and of uploaded files. */
  DATA_DIR: z.string().default('./data'),
  /** Where uploaded files are kept (default: DATA_DIR/files). */
  FILES_DIR: z.string().optional(),
  /** postgres://… switches from the embedded engine to PostgreSQL. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, '必须以 postgres:// 开头')
    .optional(),
  /** Demo mode loads demo data and demo accounts into an empty database. */
  TIEXIN_DEMO: boolFlag.optional(),
  /** Outside demo mode the first admin account is created with this password. */
  ADMIN_PASSWORD: z.string().min(8, '至少 8 位').optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  COOKIE_SECURE: boolFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Behind a reverse proxy (nginx) set 1 (trust X-Forwarded-For from it), or the proxy's address.
   * Off by default: a client could otherwise pick its own address and dodge the rate limits.
   */
  TRUST_PROXY: z.string().default('false'),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /**
   * Key of the keyed hash that stands for a typed username in the failed-login table and the
   * audit log (people type passwords into the username field). Set it in production.
   */
  AUTH_HASH_KEY: z.string().min(16, '至少 16 个字符').optional(),
  /** Incoming mail (电子信箱): the SMTP listener started by main.ts. */
  SMTP_ENABLED: boolFlag.default(true),
  SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  SMTP_HOST: z.string().default('0.0.0.0'),
  /** The public 四风 mailbox; cadres' own addresses (cadres.email) are accepted too. */
  MAIL_PUBLIC_ADDRESS: z.email('邮箱地址格式不对').default('sifeng@tiexin.local'),
  /** The From of outgoing mail (default: the public mailbox). */
  MAIL_FROM: z.string().optional(),
  MAIL_MAX_MB: z.coerce.number().int().min(1).max(50).default(10),
  /** smtp://host:port (or smtps://user:pass@host:port): outgoing mail; unset keeps it in the outbox. */
  SMTP_RELAY_URL: z
    .string()
    .regex(/^smtps?:\/\//, '必须以 smtp:// 或 smtps:// 开头')
    .optional(),
  /** Where citizens open the public site (links in acknowledgements and answers). */
  PUBLIC_BASE_URL: z
    .url('须为完整网址，例如 https://tiexin.example.cn')
    .default('http://localhost:3000'),
  /** HMAC-SHA256 key of the SMS gateway's inbound webhook; unset: the webhook answers 503. */
  SMS_WEBHOOK_SECRET: z.string().min(16, '至少 16 个字符').optional(),
  OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(30),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  filesDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  adminPassword: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  cookieSecure: boolean;
  logLevel: z.infer<typeof ZEnvSchema>['LOG_LEVEL'];
  /** Fastify's trustProxy: true, false or the proxies' addresses */
  trustProxy: boolean | string;
  loginRateLimitPerMinute: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  authHashKey: string;
  smtp: { enabled: boolean; port: number; host: string; maxBytes: number };
  mail: { publicAddress: string; from: string; relayUrl: string | undefined };
  publicBaseUrl: string;
  smsWebhookSecret: string | undefined;
  outboxIntervalMs: number;
  version: string;
};

export const APP_VERSION = '0.1.0';

/** '1'/'true'/'yes' → true, '0'/'false'/'no' → false, else the proxies' addresses ('10.0.0.1,10.0.0.2'). */
function parseTrustProxy(v: string): boolean | string {
  const t = v.trim().toLowerCase();
  if (['1', 'true', 'yes'].includes(t)) return true;
  if (['', '0', 'false', 'no'].includes(t)) return false;
  return v.trim();
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`环境变量有误 (invalid environment variables):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    filesDir: path.resolve(e.FILES_DIR ?? path.join(e.DATA_DIR, 'files')),
    databaseUrl: e.DATABASE_URL,
    // Setting ADMIN_PASSWORD means "this is a real installation": no demo accounts.
    demo: e.ADMIN_PASSWORD ? false : (e.TIEXIN_DEMO ?? true),
    adminPassword: e.ADMIN_PASSWORD,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    logLevel: e.LOG_LEVEL,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    authHashKey: e.AUTH_HASH_KEY ?? 'tiexin-built-in-auth-hash-key',
    smtp: {
      enabled: e.SMTP_ENABLED,
      port: e.SMTP_PORT,
      host: e.SMTP_HOST,
      maxBytes: e.MAIL_MAX_MB * 1024 * 1024,
    },
    mail: {
      publicAddress: e.MAIL_PUBLIC_ADDRESS.toLowerCase(),
      from: e.MAIL_FROM ?? `贴心人 <${e.MAIL_PUBLIC_ADDRESS}>`,
      relayUrl: e.SMTP_RELAY_URL,
    },
    publicBaseUrl: e.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    smsWebhookSecret: e.SMS_WEBHOOK_SECRET,
    outboxIntervalMs: e.OUTBOX_INTERVAL_SECONDS * 1000,
    version: APP_VERSION,
  };
}
