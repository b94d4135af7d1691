import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn } from './columns.ts';
import { users } from './users.ts';

/**
 * 附件 — a stored file (photo, scan, document). The bytes live in file storage (DATA_DIR/files by
 * default) under `storageKey`; the row says what it is and which record owns it.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: idColumn(),
    /** what kind of record owns it, e.g. 'visit', 'assignment_report' */
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id'),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    storageKey: text('storage_key').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_owner_idx').on(t.ownerType, t.ownerId)],
);
