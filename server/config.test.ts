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
});
