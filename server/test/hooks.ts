import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../db/client.ts';
import { makeTestApp, makeWorld, type TestApp, type TestAppSetup, type World } from './app.ts';
import { openTestDatabase } from './database.ts';

/**
 * Opens a test app before the tests of the enclosing `describe` (or file) and closes it after
 * them. The object is returned at once and filled in by the `beforeAll` hook, so a test file
 * writes `const t = useTestApp();` and uses `t.app`, `t.db` in its hooks and tests as before.
 * `setup` adds the test's own tables and routes before the app is ready.
 */
export function useTestApp(env: Record<string, string> = {}, setup?: TestAppSetup): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await makeTestApp(env, setup));
  });
  afterAll(async () => {
    await t.close?.();
  });
  return t;
}

/**
 * A test app with the small world of `makeWorld` (a bureau, units A and B, one logged-in client
 * per role), made before the enclosing block's own `beforeAll` hooks that are registered after it.
 */
export function useWorld(
  env: Record<string, string> = {},
  setup?: TestAppSetup,
): { t: TestApp; w: World } {
  const t = useTestApp(env, setup);
  const w = {} as World;
  beforeAll(async () => {
    Object.assign(w, await makeWorld(t));
  });
  return { t, w };
}

/** A fresh, migrated database (`openTestDatabase`) for the enclosing block, without an app. */
export function useTestDatabase(): Database {
  const database = {} as Database;
  beforeAll(async () => {
    Object.assign(database, await openTestDatabase());
  });
  afterAll(async () => {
    await database.close?.();
  });
  return database;
}
