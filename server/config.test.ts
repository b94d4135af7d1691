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
});
