import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZAttachmentSchema, ZPublicAttachmentSchema } from '../../../common/attachments.ts';
import { ZIdParamsSchema } from '../../../common/paging.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { contextOf, requireRole } from '../../platform/auth/plugin.ts';
import { AppError } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files.ts';
import { publicRateLimits } from '../cases/cases.routes.ts';
import { attachmentPolicy } from './attachments.policy.ts';
import * as service from './attachments.service.ts';

export function registerAttachmentRoutes(
  app: FastifyInstance,
  { db, files, config }: { db: Db; files: FileStore; config: Config },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/attachments',
    {
      schema: {
        tags: ['attachments'],
        summary: '上传附件（照片、扫描件、文档），随后在保存记录时引用其 id',
        consumes: ['multipart/form-data'],
        response: { 201: ZAttachmentSchema },
      },
      onRequest: requireRole(...attachmentPolicy.write),
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw new AppError('FILE_EMPTY');
      const part = await req.file();
      if (!part) throw new AppError('FILE_EMPTY');
      const data = await part.toBuffer();
      if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
      const saved = await service.upload(contextOf(req, db), files, {
        fileName: part.filename,
        mimeType: part.mimetype,
        data,
      });
      return reply.status(201).send(saved);
    },
  );
  r.post(
    '/api/public/attachments',
    {
      schema: {
        tags: ['public'],
        summary: '群众上传附件（照片或 PDF，不超过 5 MB），提交诉求时引用其 id',
        consumes: ['multipart/form-data'],
        response: { 201: ZPublicAttachmentSchema },
      },
      config: publicRateLimits(config).writes,
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw new AppError('FILE_EMPTY');
      const part = await req.file({ limits: { fileSize: service.PUBLIC_MAX_BYTES, files: 1 } });
      if (part?.fieldname !== 'file') throw new AppError('FILE_EMPTY');
      const data = await part.toBuffer();
      const saved = await service.uploadPublic(db, files, {
        fileName: part.filename,
        mimeType: part.mimetype,
        data,
      });
      return reply.status(201).send(saved);
    },
  );
  r.get(
    '/api/attachments/:id',
    {
      schema: { tags: ['attachments'], summary: '下载附件', params: ZIdParamsSchema },
      onRequest: requireRole(...attachmentPolicy.read),
    },
    async (req, reply) => {
      const { row, stream } = await service.openForRead(contextOf(req, db), files, req.params.id);
      // photos are shown, PDFs and Office files downloaded (a PDF viewer runs in the site's origin)
      const disposition = service.INLINE_TYPES.has(row.mimeType) ? 'inline' : 'attachment';
      return (
        reply
          .header('content-type', row.mimeType)
          .header(
            'content-disposition',
            `${disposition}; filename*=UTF-8''${encodeURIComponent(row.fileName)}`,
          )
          .header('x-content-type-options', 'nosniff')
          // personal files: not kept in the browser's cache after logout
          .header('cache-control', 'no-store')
          .send(stream)
      );
    },
  );
}
