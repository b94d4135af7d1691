import { afterAll, beforeAll } from 'vitest';
import { makeTestApp, makeWorld, type TestApp, type World } from './app.ts';

/**
 * Opens a test app before the tests of the enclosing `describe` (or file) and closes it after
 * them. The object is returned at once and filled in by the `beforeAll` hook, so a test file
 * writes `const t = useTestApp();` and uses `t.app`, `t.db` in its hooks and tests as before.
 */
export function useTestApp(env: Record<string, string> = {}): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await makeTestApp(env));
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
export function useWorld(env: Record<string, string> = {}): { t: TestApp; w: World } {
  const t = useTestApp(env);
  const w = {} as World;
  beforeAll(async () => {
    Object.assign(w, await makeWorld(t));
  });
  return { t, w };
}
