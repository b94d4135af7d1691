import { apiRequest } from '../../../ui/api';
import type { Holiday, HolidayInput } from '../types/holiday';

const PATH = '/api/holidays';

export const holidayKeys = {
  all: ['holidays'] as const,
  year: (year: number) => [...holidayKeys.all, year] as const,
};

export function fetchHolidays(year: number): Promise<{ items: Holiday[] }> {
  return apiRequest<{ items: Holiday[] }>(PATH, { query: { year } });
}

export function putHoliday(date: string, input: HolidayInput): Promise<Holiday> {
  return apiRequest<Holiday>(`${PATH}/${date}`, { method: 'PUT', body: input });
}

export function deleteHoliday(date: string): Promise<void> {
  return apiRequest<void>(`${PATH}/${date}`, { method: 'DELETE' });
}
