import type { ServerModule } from '../../platform/module.ts';
import { registerMaterialRoutes } from './materials.routes.ts';
import {
  MATERIAL_ATTACHMENT_OWNER,
  mayReadMaterialFiles,
  mayReadReceiptFiles,
  RECEIPT_ATTACHMENT_OWNER,
} from './materials.service.ts';

export const materialsModule: ServerModule = {
  name: 'materials',
  routes: registerMaterialRoutes,
  // a material's files, and the photo of a unit's receipt
  attachmentOwners: {
    [MATERIAL_ATTACHMENT_OWNER]: mayReadMaterialFiles,
    [RECEIPT_ATTACHMENT_OWNER]: mayReadReceiptFiles,
  },
};
