import type { ZLoginSchema, ZMeSchema } from '../../../../../common/auth.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The server's answers and bodies (common/auth.ts, common/access.ts); type-only: no zod here.
export type { TRole as Role } from '../../../../../common/access.ts';

/** The answer of login and of /me. */
export type Session = TJson<typeof ZMeSchema>;
/** The signed-in account. */
export type CurrentUser = Session['user'];
export type LoginInput = TJson<typeof ZLoginSchema>;
