import { t } from '../../../i18n';
import { type AuditAction, type AuditEntity, auditActions, auditEntities } from '../types/audit';

function isEntity(value: string): value is AuditEntity {
  return (auditEntities as readonly string[]).includes(value);
}

function isAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value);
}

/** zh-CN label of an entity; an unknown one is shown as the server sent it. */
export function entityLabel(entity: string): string {
  return isEntity(entity) ? t(`audit.entities.${entity}`) : entity;
}

export function actionLabel(action: string): string {
  return isAction(action) ? t(`audit.actions.${action}`) : action;
}
