import { z } from 'zod';
import {
  letterSchemas,
  ZLetterDeliveryCreateSchema,
  ZLetterDeliverySchema,
} from '../../../common/letters.ts';
import { registerDocumentRoutes } from '../../platform/documents/documents.routes.ts';
import type { ServerModule } from '../../platform/module.ts';
import * as service from './letters.service.ts';

const ZDeliveriesSchema = z.object({ items: z.array(ZLetterDeliverySchema) });

export const lettersModule: ServerModule = {
  name: 'letters',
  // a document's files: read by whoever may read the document
  attachmentOwners: service.letterService.attachmentOwner,
  routes: (app, { db }) => {
    const api = registerDocumentRoutes(app, db, {
      resource: 'letters',
      workflow: service.letterWorkflow,
      service: service.letterService,
      schemas: letterSchemas,
      print: { footer: true },
    });
    const deliveries = api.children('deliveries', z.object({ id: z.uuid(), childId: z.uuid() }));
    deliveries.list(null, ZDeliveriesSchema, (ctx, id) => service.deliveries(ctx, id));
    deliveries.create(ZLetterDeliveryCreateSchema, ZDeliveriesSchema, service.addDelivery);
    deliveries.remove(service.removeDelivery);
  },
};
