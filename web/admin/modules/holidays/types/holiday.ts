import { ACCESS } from '../../../../../common/access.ts';

// 节假日: the server's shapes (common/holidays.ts); type-only, so no zod in the bundle.
export type {
  THoliday as Holiday,
  THolidayPut as HolidayInput,
} from '../../../../../common/holidays.ts';

/** Who keeps the calendar (common/access.ts, which the server checks too). */
export const holidayEditorRoles = ACCESS.holidays.write;
