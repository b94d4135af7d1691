import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRowChange, useSave } from '../../../ui/list/mutations';
import {
  contactPointKeys,
  createContactPoint,
  deleteContactPoint,
  fetchContactPoints,
  updateContactPoint,
} from '../api/contactPointsApi';
import type { ContactPointListParams } from '../types/contactPoint';

/** The points the user may see (the picker's choices). */
export function useContactPoints(params: ContactPointListParams) {
  return useQuery({
    queryKey: contactPointKeys.list(params),
    queryFn: () => fetchContactPoints(params),
    placeholderData: keepPreviousData,
  });
}

export const useSaveContactPoint = () =>
  useSave(createContactPoint, updateContactPoint, contactPointKeys.all);

export const useDeleteContactPoint = () =>
  useRowChange((id) => deleteContactPoint(id), contactPointKeys.all);
