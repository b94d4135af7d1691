import { deleteStaleLoginFailures } from '../../platform/auth/login-failures.repo.ts';
import { deleteExpiredSessions } from '../../platform/auth/session.repo.ts';
import type { ServerModule } from '../../platform/module.ts';
import { registerAuthRoutes } from './auth.routes.ts';

export const authModule: ServerModule = {
  name: 'auth',
  routes: registerAuthRoutes,
  jobs: ({ db, config }) => [
    // sessions past their lifetime or idle limit (they are already refused)
    {
      name: 'sweep-sessions',
      run: () => {
        const now = new Date();
        return deleteExpiredSessions(
          db,
          now,
          new Date(now.getTime() - config.sessionIdleMinutes * 60_000),
        );
      },
    },
    // failed-login counts untouched for a day (a lock lasts minutes)
    {
      name: 'sweep-login-failures',
      run: () => deleteStaleLoginFailures(db, new Date(Date.now() - 86_400_000)),
    },
  ],
};
