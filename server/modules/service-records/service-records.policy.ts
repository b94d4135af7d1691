import { ACCESS, mayWriteCadreRecord } from '../../../common/access.ts';
import type { Actor } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';

/** 选派一线 and 志愿服务: a cadre records his own; writers for a cadre in scope. */
export const serviceRecordPolicy = ACCESS.serviceRecords;

/** A cadre account writes only its own records. */
export function assertMayWriteFor(actor: Actor, cadreId: string): void {
  if (!mayWriteCadreRecord(ACCESS.serviceRecords, actor, cadreId)) {
    throw new AppError('SERVICE_RECORD_NOT_OWN');
  }
}
