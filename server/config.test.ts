import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('has working defaults: demo mode on the embedded database in ./data', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.demo).toBe(true);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir.endsWith('/data')).toBe(true);
  });

  it('turns demo mode off when ADMIN_PASSWORD is set or TIEXIN_DEMO=0', () => {
    expect(loadConfig({ ADMIN_PASSWORD: 'a-long-password' }).demo).toBe(false);
    expect(loadConfig({ ADMIN_PASSWORD: 'a-long-password', TIEXIN_DEMO: '1' }).demo).toBe(false);
    expect(loadConfig({ TIEXIN_DEMO: '0' }).demo).toBe(false);
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', ADMIN_PASSWORD: 'short' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      expect(msg).toContain('PORT');
      expect(msg).toContain('DATABASE_URL');
      expect(msg).toContain('ADMIN_PASSWORD');
    }
  });

  it('configures the mail and SMS channels: SMTP on 2525 by default, relay and webhook optional', () => {
    const c = loadConfig({});
    expect(c.smtp).toMatchObject({
      enabled: true,
      port: 2525,
      host: '0.0.0.0',
      maxBytes: 10 * 1024 * 1024,
    });
    expect(c.mail).toEqual({
      publicAddress: 'sifeng@tiexin.local',
      from: '贴心人 <sifeng@tiexin.local>',
      relayUrl: undefined,
    });
    expect(c.publicBaseUrl).toBe('http://localhost:3000');
    expect(c.publicBaseUrlSet).toBe(false);
    // unset, it follows the address the server listens on (it was always port 3000)
    expect(loadConfig({ PORT: '4100' }).publicBaseUrl).toBe('http://localhost:4100');
    expect(loadConfig({ PORT: '4100', HOST: '10.1.2.3' }).publicBaseUrl).toBe(
      'http://10.1.2.3:4100',
    );
    expect(c.smsWebhookSecret).toBeUndefined();
    expect(c.outboxIntervalMs).toBe(30_000);
    const set = loadConfig({
      SMTP_ENABLED: '0',
      MAIL_PUBLIC_ADDRESS: 'SiFeng@Example.cn',
      SMTP_RELAY_URL: 'smtp://relay:25',
      PUBLIC_BASE_URL: 'https://tiexin.example.cn/',
    });
    expect(set.smtp.enabled).toBe(false);
    expect(set.mail.publicAddress).toBe('sifeng@example.cn');
    expect(set.mail.relayUrl).toBe('smtp://relay:25');
    expect(set.publicBaseUrl).toBe('https://tiexin.example.cn');
    expect(set.publicBaseUrlSet).toBe(true);
    expect(() =>
      loadConfig({
        SMTP_RELAY_URL: 'http://x',
        SMS_WEBHOOK_SECRET: 'short',
        MAIL_PUBLIC_ADDRESS: 'x',
      }),
    ).toThrow(/SMTP_RELAY_URL[\s\S]*MAIL_PUBLIC_ADDRESS|MAIL_PUBLIC_ADDRESS[\s\S]*SMTP_RELAY_URL/);
  });

  it("takes TRUST_PROXY as the proxies' addresses or CIDRs, off by default", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(['127.0.0.1']);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.5, 10.1.0.0/16 ,::1,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      '::1',
      'fd00::/8',
    ]);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
  });

  it('refuses TRUST_PROXY=true (and yes) at start, saying why in Chinese and English', () => {
    for (const v of ['true', 'TRUE', 'yes']) {
      expect(() => loadConfig({ TRUST_PROXY: v })).toThrow(ConfigError);
      try {
        loadConfig({ TRUST_PROXY: v });
      } catch (err) {
        const msg = (err as Error).message;
        expect(msg).toContain('TRUST_PROXY');
        expect(msg).toContain('不能设为 true');
        expect(msg).toContain('X-Forwarded-For');
        expect(msg).toMatch(/rate limits/);
      }
    }
  });

  it('refuses a bare hop count (1 used to mean "trust everyone"), and what is not an address', () => {
    for (const v of ['1', '2']) {
      expect(() => loadConfig({ TRUST_PROXY: v })).toThrow(/TRUST_PROXY[\s\S]*代理层数/);
    }
    expect(() => loadConfig({ TRUST_PROXY: 'nginx' })).toThrow(/不是有效的地址或网段：nginx/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/10\.0\.0\.0\/33/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.5,' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the per-address limits of the public routes and the SMS webhook, with defaults', () => {
    const c = loadConfig({});
    expect(c.publicWritesPerMinute).toBe(10);
    expect(c.publicReadsPerMinute).toBe(60);
    expect(c.smsWebhookRateLimitPerMinute).toBe(120);
    const set = loadConfig({
      PUBLIC_WRITES_PER_MINUTE: '5',
      PUBLIC_READS_PER_MINUTE: '30',
      SMS_WEBHOOK_RATE_LIMIT_PER_MINUTE: '7',
    });
    expect([set.publicWritesPerMinute, set.publicReadsPerMinute]).toEqual([5, 30]);
    expect(set.smsWebhookRateLimitPerMinute).toBe(7);
    expect(() => loadConfig({ PUBLIC_WRITES_PER_MINUTE: '0' })).toThrow(/PUBLIC_WRITES_PER_MINUTE/);
  });
});
