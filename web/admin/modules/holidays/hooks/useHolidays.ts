import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteHoliday, fetchHolidays, holidayKeys, putHoliday } from '../api/holidaysApi';
import type { HolidayInput } from '../types/holiday';

export function useHolidays(year: number) {
  return useQuery({ queryKey: holidayKeys.year(year), queryFn: () => fetchHolidays(year) });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: holidayKeys.all });
}

export function useSaveHoliday() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ date, input }: { date: string; input: HolidayInput }) => putHoliday(date, input),
    onSuccess: invalidate,
  });
}

export function useDeleteHoliday() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: deleteHoliday, onSuccess: invalidate });
}
