import { z } from './zod.ts';

export const ZAttachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  url: z.string(),
});
export type TAttachmentDto = z.infer<typeof ZAttachmentSchema>;

/** Ids of uploads (POST /api/attachments) to attach to the record being saved. */
export const ZAttachmentIdsSchema = z.array(z.uuid()).max(20, '最多 20 个附件').default([]);
/** A PATCH's files: more files added to those the record has (none when left out; no default). */
export const ZAddedAttachmentIdsSchema = ZAttachmentIdsSchema.removeDefault().optional();

/** What the citizen gets back from an anonymous upload: no download link. */
export const ZPublicAttachmentSchema = ZAttachmentSchema.omit({ url: true });
export type TPublicAttachmentDto = z.infer<typeof ZPublicAttachmentSchema>;
