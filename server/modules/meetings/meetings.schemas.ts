export {
  ZAttendanceBodySchema,
  ZAttendanceListSchema,
  ZMeetingCreateSchema,
  ZMeetingDetailSchema,
  ZMeetingFilterSchema,
  ZMeetingListQuerySchema,
  ZMeetingListSchema,
  ZMeetingSchema,
  ZMeetingUpdateSchema,
  ZReviewedBodySchema,
} from '../../../common/meetings.ts';
