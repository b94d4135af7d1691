import { useState } from 'react';
import { ACCESS, may } from '../../../common/access.ts';
import { t } from '../i18n';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import {
  STUDY_SESSIONS_PATH,
  studySessionKeys,
} from '../modules/study-sessions/api/studySessionsApi';
import { SessionDrawer } from '../modules/study-sessions/components/SessionDrawer';
import { SessionFormDialog } from '../modules/study-sessions/components/SessionFormDialog';
import { sessionColumns, sessionFilters } from '../modules/study-sessions/components/sessionFields';
import { useDeleteStudySession } from '../modules/study-sessions/hooks/useStudySessions';
import type { StudySession } from '../modules/study-sessions/types/studySession';
import { ExcelActions } from '../ui/excel/ExcelActions';
import { ListPage } from '../ui/list/ListPage';
import { useList } from '../ui/list/useList';
import { useUrlParam } from '../ui/list/useUrlParam';

/** 学习座谈、观看: the unit's sessions with their attendance counted from the rosters. */
export function StudySessionsPage() {
  const user = useCurrentUser();
  const mayCreate = may(ACCESS.studySessions.write, user.role);
  const [editing, setEditing] = useState<StudySession | null>();
  const [viewing, setViewing] = useUrlParam('view');
  const list = useList<StudySession>({
    path: STUDY_SESSIONS_PATH,
    queryKey: studySessionKeys.lists(),
    filters: sessionFilters,
  });
  const remove = useDeleteStudySession();
  return (
    <ListPage<StudySession, typeof list.filters>
      title={t('studySessions.title')}
      create={{
        label: t('studySessions.create'),
        onClick: () => setEditing(null),
        shown: mayCreate,
      }}
      extra={
        <ExcelActions
          basePath={STUDY_SESSIONS_PATH}
          exportFileName={t('studySessions.exportFile')}
          exportQuery={list.query}
        />
      }
      filters={sessionFilters}
      list={list}
      columns={sessionColumns((s) => setViewing(s.id), setEditing, remove)}
      rowKey="id"
      empty={t('studySessions.empty')}
    >
      <SessionFormDialog
        editing={mayCreate ? editing : undefined}
        defaultOrgId={user.orgId}
        onClose={() => setEditing(undefined)}
      />
      <SessionDrawer id={viewing ?? null} onClose={() => setViewing(null)} />
    </ListPage>
  );
}
