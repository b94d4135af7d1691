import type {
  ZParticipationRowSchema,
  ZParticipationSchema,
  ZUnitParticipationRowSchema,
  ZUnitParticipationSchema,
} from '../../../../../common/learning.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The answers are the server's (common/learning.ts); type-only, so no zod in the bundle.
export type ParticipationRow = TJson<typeof ZParticipationRowSchema>;
export type Participation = TJson<typeof ZParticipationSchema>;
export type UnitParticipationRow = TJson<typeof ZUnitParticipationRowSchema>;
export type UnitParticipation = TJson<typeof ZUnitParticipationSchema>;
