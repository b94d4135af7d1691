import { ACCESS } from '../../../common/access.ts';

/** 民主生活会/组织生活会: a unit (or the office) records its meetings; everyone reads his scope. */
export const meetingPolicy = ACCESS.meetings;
