import { isIP } from 'node:net';
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
   * Behind a reverse proxy (nginx): the proxies' addresses or CIDRs, comma-separated. Off by
   * default; "true" (trust every client's X-Forwarded-For) and a bare hop count are refused.
   */
  TRUST_PROXY: z
    .string()
    .default('0')
    .superRefine((v, ctx) => {
      const why = trustProxyProblem(v);
      if (why) ctx.addIssue({ code: 'custom', message: why });
    }),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Per address and minute on the public, account-less routes (submissions, ratings, uploads). */
  PUBLIC_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Per address and minute on the public look-ups (query code, categories, cadres). */
  PUBLIC_READS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Per address and minute on the SMS gateway's webhook. */
  SMS_WEBHOOK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
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
  /**
   * Where citizens open the public site (links in acknowledgements and answers). Unset: the
   * address the server itself listens on (HOST and PORT), so a link never points at another port.
   */
  PUBLIC_BASE_URL: z.url('须为完整网址，例如 https://tiexin.example.cn').optional(),
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
  /** Fastify's trustProxy: off or the proxies' addresses/CIDRs; never "everyone" */
  trustProxy: false | string[];
  loginRateLimitPerMinute: number;
  publicWritesPerMinute: number;
  publicReadsPerMinute: number;
  smsWebhookRateLimitPerMinute: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  authHashKey: string;
  smtp: { enabled: boolean; port: number; host: string; maxBytes: number };
  mail: { publicAddress: string; from: string; relayUrl: string | undefined };
  /** PUBLIC_BASE_URL, or the address the server listens on (see `listeningBaseUrl`). */
  publicBaseUrl: string;
  /** whether PUBLIC_BASE_URL was set (else main.ts follows the port really bound, e.g. PORT=0) */
  publicBaseUrlSet: boolean;
  smsWebhookSecret: string | undefined;
  outboxIntervalMs: number;
  version: string;
};

export const APP_VERSION = '0.1.0';

const TRUST_OFF = ['', '0', 'false', 'no'];
/** proxy-addr's names for address ranges (127.0.0.1/8 and ::1, …) */
const TRUST_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrCidr(item: string): boolean {
  if (TRUST_RANGES.includes(item)) return true;
  const [addr = '', bits, ...rest] = item.split('/');
  const family = isIP(addr);
  if (!family || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

const TRUST_HOW =
  '请填写反向代理的地址或网段（逗号分隔，如 127.0.0.1 或 10.0.0.5,10.1.0.0/16）' +
  " (give the proxies' addresses or CIDRs, comma-separated, e.g. 127.0.0.1 or 10.0.0.5,10.1.0.0/16)";

/** Why a TRUST_PROXY value is refused (zh-CN and English), or null when it is usable. */
function trustProxyProblem(v: string): string | null {
  const t = v.trim().toLowerCase();
  if (TRUST_OFF.includes(t)) return null;
  if (['true', 'yes', 'on', '*'].includes(t)) {
    return (
      '不能设为 true：那样任何客户端都能在 X-Forwarded-For 里自报地址，绕过按地址的限流、伪造审计日志中的地址；' +
      TRUST_HOW +
      ' — true would let any client choose its own address and dodge the per-address rate limits'
    );
  }
  if (/^\d+$/.test(t)) {
    return (
      '不能只填代理层数：层数分不清反向代理和直接连进来的客户端，客户端仍可自报地址；' +
      TRUST_HOW +
      ' — a hop count cannot tell the proxy from a client that connects directly (Fastify ignores it)'
    );
  }
  const bad = t
    .split(',')
    .map((x) => x.trim())
    .filter((x) => !isAddressOrCidr(x));
  if (bad.length === 0) return null;
  return `不是有效的地址或网段：${bad.join('、') || '（空）'}；${TRUST_HOW}`;
}

/**
 * Off ('0', 'false', '') or the proxies' addresses/CIDRs ('10.0.0.5,10.1.0.0/16'): the client's
 * address is then read from X-Forwarded-For only when the request comes from one of those peers.
 */
function parseTrustProxy(v: string): false | string[] {
  const t = v.trim().toLowerCase();
  if (TRUST_OFF.includes(t)) return false;
  return t.split(',').map((x) => x.trim());
}

/** The server's own address as a browser on this machine reaches it (0.0.0.0 → localhost). */
export function listeningBaseUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
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
    publicWritesPerMinute: e.PUBLIC_WRITES_PER_MINUTE,
    publicReadsPerMinute: e.PUBLIC_READS_PER_MINUTE,
    smsWebhookRateLimitPerMinute: e.SMS_WEBHOOK_RATE_LIMIT_PER_MINUTE,
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
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? listeningBaseUrl(e.HOST, e.PORT)).replace(/\/+$/, ''),
    publicBaseUrlSet: e.PUBLIC_BASE_URL !== undefined,
    smsWebhookSecret: e.SMS_WEBHOOK_SECRET,
    outboxIntervalMs: e.OUTBOX_INTERVAL_SECONDS * 1000,
    version: APP_VERSION,
  };
}
