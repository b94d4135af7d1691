export {
  ZParticipationFilterSchema,
  ZParticipationQuerySchema,
  ZParticipationSchema,
  ZUnitParticipationQuerySchema,
  ZUnitParticipationSchema,
} from '../../../common/learning.ts';
