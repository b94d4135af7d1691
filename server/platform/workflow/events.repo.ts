import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { workflowEvents } from '../../db/schema/index.ts';
import { matching } from '../rows.repo.ts';
import type { NewStepEvent, StepEvent, WorkflowStore } from './kind.ts';

/**
 * The events half of a store for a kind whose timeline is the shared `workflow_events` table
 * (every kind but cases, ADR 0006): spread it into the kind's store.
 */
export function sharedEvents(
  kind: string,
): Pick<WorkflowStore<unknown, string>, 'insertEvent' | 'listEvents'> {
  return {
    async insertEvent(tx: Tx, e: NewStepEvent) {
      const [row] = await tx
        .insert(workflowEvents)
        .values({ kind, ...e })
        .returning({ id: workflowEvents.id });
      if (!row) throw new Error('workflow event not written');
      return row;
    },
    async listEvents(db: DbOrTx, recordId: string, opts: { publicOnly: boolean }) {
      const rows = await db
        .select()
        .from(workflowEvents)
        .where(
          and(
            matching(workflowEvents, { kind, recordId }),
            opts.publicOnly ? eq(workflowEvents.public, true) : undefined,
          ),
        )
        .orderBy(asc(workflowEvents.at), asc(workflowEvents.id));
      return rows.map(
        ({ kind: _k, fields, ...r }): StepEvent => ({
          ...r,
          fromState: r.fromState ?? '',
          toState: r.toState ?? '',
          fields: (fields ?? {}) as Record<string, unknown>,
        }),
      );
    },
  };
}
