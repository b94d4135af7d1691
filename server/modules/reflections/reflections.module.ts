import { reflectionSchemas, ZReflectionDetailsSchema } from '../../../common/reflections.ts';
import { registerDocumentRoutes } from '../../platform/documents/documents.routes.ts';
import { documentService } from '../../platform/documents/documents.service.ts';
import { documentKind } from '../../platform/documents/kind.ts';
import type { ServerModule } from '../../platform/module.ts';

/**
 * 心得体会: the reviewable-document kind `reflection` — reviewed and rated by the unit, featured
 * and published by the office, checked for copied text (`/similar`).
 */
export const reflectionWorkflow = documentKind('reflection');
export const reflectionService = documentService('reflection', ZReflectionDetailsSchema);

export const reflectionsModule: ServerModule = {
  name: 'reflections',
  // a document's files: read by whoever may read the document
  attachmentOwners: reflectionService.attachmentOwner,
  routes: (app, { db }) => {
    registerDocumentRoutes(app, db, {
      resource: 'reflections',
      workflow: reflectionWorkflow,
      service: reflectionService,
      schemas: reflectionSchemas,
      print: { footer: false },
    });
  },
};
