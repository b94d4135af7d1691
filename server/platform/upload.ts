import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

export type UploadedFile = { data: Buffer; filename: string };

/**
 * The single file of a multipart upload (field "file"), read into memory, with the file's name as
 * the client sent it (for the audit log of an import).
 */
export async function readUploadedFileNamed(req: FastifyRequest): Promise<UploadedFile> {
  if (!req.isMultipart()) throw new AppError('IMPORT_FILE');
  const part = await req.file();
  if (!part) throw new AppError('IMPORT_FILE');
  const data = await part.toBuffer();
  if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
  return { data, filename: part.filename ?? '' };
}
