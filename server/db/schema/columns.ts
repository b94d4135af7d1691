import { type AnyPgColumn, timestamp, uuid } from 'drizzle-orm/pg-core';
import { v7 as uuidv7 } from 'uuid';

/** Every table's primary key: a UUID v7 made by the app (time-ordered, no sequence to coordinate). */
export const idColumn = () =>
  uuid('id')
    .primaryKey()
    .$defaultFn(() => uuidv7());

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/** A required reference to another table's row (`uuid … not null references …`). */
export const refTo = (name: string, target: () => AnyPgColumn) =>
  uuid(name).notNull().references(target);
