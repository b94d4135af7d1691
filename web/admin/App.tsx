import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from './modules/auth/components/RequireAuth';
import { RequireRole } from './modules/auth/components/RequireRole';
import { useSessionExpiry } from './modules/auth/hooks/useSessionExpiry';
import type { Role } from './modules/auth/types/auth';
import { categoryEditorRoles } from './modules/cases/utils/permissions';
import { HomeRedirect } from './modules/my/components/HomeRedirect';
import { settingEditorRoles } from './modules/settings/types/setting';
import { AppLayout } from './modules/shell/components/AppLayout';
import { DocumentTitle } from './modules/shell/components/PageTrail';
import { userManagerRoles } from './modules/users/types/user';
import { FullPageSpin } from './ui/FullPageSpin';

// Pages load on demand so the first download stays small.
const LoginPage = lazy(() => import('./pages/LoginPage').then((m) => ({ default: m.LoginPage })));
const OrgsPage = lazy(() => import('./pages/OrgsPage').then((m) => ({ default: m.OrgsPage })));
const CadresPage = lazy(() =>
  import('./pages/CadresPage').then((m) => ({ default: m.CadresPage })),
);
const ContactPointsPage = lazy(() =>
  import('./pages/ContactPointsPage').then((m) => ({ default: m.ContactPointsPage })),
);
const CampaignsPage = lazy(() =>
  import('./pages/CampaignsPage').then((m) => ({ default: m.CampaignsPage })),
);
const CampaignDetailPage = lazy(() =>
  import('./pages/CampaignDetailPage').then((m) => ({ default: m.CampaignDetailPage })),
);
const CampaignAssignmentsPage = lazy(() =>
  import('./pages/CampaignAssignmentsPage').then((m) => ({ default: m.CampaignAssignmentsPage })),
);
const HouseholdsPage = lazy(() =>
  import('./pages/HouseholdsPage').then((m) => ({ default: m.HouseholdsPage })),
);
const PairingsPage = lazy(() =>
  import('./pages/PairingsPage').then((m) => ({ default: m.PairingsPage })),
);
const HouseholdsAssistancePage = lazy(() =>
  import('./pages/HouseholdsAssistancePage').then((m) => ({
    default: m.HouseholdsAssistancePage,
  })),
);
const UsersPage = lazy(() => import('./pages/UsersPage').then((m) => ({ default: m.UsersPage })));
const MyMonthPage = lazy(() =>
  import('./pages/MyMonthPage').then((m) => ({ default: m.MyMonthPage })),
);
const VisitsPage = lazy(() =>
  import('./pages/VisitsPage').then((m) => ({ default: m.VisitsPage })),
);
const CompliancePage = lazy(() =>
  import('./pages/CompliancePage').then((m) => ({ default: m.CompliancePage })),
);
const HolidaysPage = lazy(() =>
  import('./pages/HolidaysPage').then((m) => ({ default: m.HolidaysPage })),
);
const OutboxPage = lazy(() =>
  import('./pages/OutboxPage').then((m) => ({ default: m.OutboxPage })),
);
const SettingsPage = lazy(() =>
  import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
const CasesPage = lazy(() => import('./pages/CasesPage').then((m) => ({ default: m.CasesPage })));
const CaseDetailPage = lazy(() =>
  import('./pages/CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })),
);
const CaseCategoriesPage = lazy(() =>
  import('./pages/CaseCategoriesPage').then((m) => ({ default: m.CaseCategoriesPage })),
);
const MyCasesPage = lazy(() =>
  import('./pages/MyCasesPage').then((m) => ({ default: m.MyCasesPage })),
);
const AuditPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const ForbiddenPage = lazy(() =>
  import('./pages/ForbiddenPage').then((m) => ({ default: m.ForbiddenPage })),
);
const NotFoundPage = lazy(() =>
  import('./pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })),
);

const auditRoles: readonly Role[] = ['admin', 'inspector'];
/** 指标达标 is for those who oversee; a cadre has 我的本月. */
const complianceRoles: readonly Role[] = ['admin', 'office', 'unit_admin', 'inspector'];
/** 发件箱 (系统管理): the admin's; the office may read it through the API. */
const outboxRoles: readonly Role[] = ['admin'];

export function App() {
  useSessionExpiry();
  return (
    <Suspense fallback={<FullPageSpin />}>
      <DocumentTitle />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomeRedirect />} />
          <Route path="my" element={<MyMonthPage />} />
          <Route path="visits" element={<VisitsPage />} />
          <Route path="cases" element={<CasesPage />} />
          <Route path="cases/:id" element={<CaseDetailPage />} />
          <Route path="my/cases" element={<MyCasesPage />} />
          <Route
            path="case-categories"
            element={
              <RequireRole roles={categoryEditorRoles} fallback={<ForbiddenPage />}>
                <CaseCategoriesPage />
              </RequireRole>
            }
          />
          <Route
            path="compliance"
            element={
              <RequireRole roles={complianceRoles} fallback={<ForbiddenPage />}>
                <CompliancePage />
              </RequireRole>
            }
          />
          <Route path="orgs" element={<OrgsPage />} />
          <Route path="cadres" element={<CadresPage />} />
          <Route path="contact-points" element={<ContactPointsPage />} />
          <Route path="campaigns" element={<CampaignsPage />} />
          <Route path="campaigns/:id" element={<CampaignDetailPage />} />
          <Route path="assignments" element={<CampaignAssignmentsPage />} />
          <Route path="households" element={<HouseholdsPage />} />
          <Route path="pairings" element={<PairingsPage />} />
          <Route path="assistance" element={<HouseholdsAssistancePage />} />
          <Route path="holidays" element={<HolidaysPage />} />
          <Route
            path="audit"
            element={
              <RequireRole roles={auditRoles} fallback={<ForbiddenPage />}>
                <AuditPage />
              </RequireRole>
            }
          />
          <Route
            path="users"
            element={
              <RequireRole roles={userManagerRoles} fallback={<ForbiddenPage />}>
                <UsersPage />
              </RequireRole>
            }
          />
          <Route
            path="outbox"
            element={
              <RequireRole roles={outboxRoles} fallback={<ForbiddenPage />}>
                <OutboxPage />
              </RequireRole>
            }
          />
          <Route
            path="settings"
            element={
              <RequireRole roles={settingEditorRoles} fallback={<ForbiddenPage />}>
                <SettingsPage />
              </RequireRole>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
