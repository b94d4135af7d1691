import { researchSchemas, ZResearchDetailsSchema } from '../../../common/research.ts';
import { registerDocumentRoutes } from '../../platform/documents/documents.routes.ts';
import { documentService } from '../../platform/documents/documents.service.ts';
import { documentKind } from '../../platform/documents/kind.ts';
import type { ServerModule } from '../../platform/module.ts';

/** 调研课题: the reviewable-document kind `research` with its evidence links. */
export const researchWorkflow = documentKind('research');
export const researchService = documentService('research', ZResearchDetailsSchema);

export const researchModule: ServerModule = {
  name: 'research',
  // a document's files: read by whoever may read the document
  attachmentOwners: researchService.attachmentOwner,
  routes: (app, { db }) => {
    registerDocumentRoutes(app, db, {
      resource: 'research-topics',
      workflow: researchWorkflow,
      service: researchService,
      schemas: researchSchemas,
      links: true,
      print: { footer: false },
    });
  },
};
