import type { ServerModule } from '../../platform/module.ts';
import { registerServiceRecordRoutes } from './service-records.routes.ts';
import {
  mayReadServiceRecordFiles,
  SERVICE_RECORD_ATTACHMENT_OWNER,
} from './service-records.service.ts';

export const serviceRecordsModule: ServerModule = {
  name: 'service-records',
  routes: registerServiceRecordRoutes,
  // a record's evidence (照片、证明)
  attachmentOwners: { [SERVICE_RECORD_ATTACHMENT_OWNER]: mayReadServiceRecordFiles },
};
