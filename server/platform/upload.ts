import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/** The single file of a multipart upload (field "file"), read into memory. */
export async function readUploadedFile(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart()) throw new AppError('IMPORT_FILE');
  const part = await req.file();
  if (!part) throw new AppError('IMPORT_FILE');
  const data = await part.toBuffer();
  if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
  return data;
}
