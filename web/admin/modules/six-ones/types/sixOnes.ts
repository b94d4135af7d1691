import type {
  TSixOnesKey,
  ZCadreSixOnesSchema,
  ZSixOnesBoardRowSchema,
  ZSixOnesBoardSchema,
  ZSixOnesItemSchema,
  ZSixOnesReminderResultSchema,
  ZSixOnesReminderSchema,
  ZSixOnesSettingsSchema,
} from '../../../../../common/six-ones.ts';
import type { TJson } from '../../../../../common/zod.ts';

// The answers are the server's (common/six-ones.ts); type-only, so no zod in the bundle.
export type SixOnesKey = TSixOnesKey;
/** One of the six for one cadre: done or not, what there is or is missing, where it is done. */
export type SixOnesItem = TJson<typeof ZSixOnesItemSchema>;
export type CadreSixOnes = TJson<typeof ZCadreSixOnesSchema>;
export type SixOnesBoardRow = TJson<typeof ZSixOnesBoardRowSchema>;
export type SixOnesBoard = TJson<typeof ZSixOnesBoardSchema>;
export type SixOnesSettings = TJson<typeof ZSixOnesSettingsSchema>;
export type SixOnesReminder = TJson<typeof ZSixOnesReminderSchema>;
export type SixOnesReminderResult = TJson<typeof ZSixOnesReminderResultSchema>;
export type SixOnesRules = SixOnesSettings['rules'];
