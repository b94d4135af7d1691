/** 节假日 — a public holiday, or (workday) a worked weekend day 调休上班. Mirrors common/holidays.ts. */
export type Holiday = { date: string; name: string; workday: boolean };
export type HolidayInput = { name: string; workday: boolean };

/** Who keeps the calendar (the server checks the same). */
export const holidayEditorRoles = ['admin', 'office'] as const;
