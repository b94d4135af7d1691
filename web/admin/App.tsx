import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from './modules/auth/components/RequireAuth';
import { RequireRole } from './modules/auth/components/RequireRole';
import { useSessionExpiry } from './modules/auth/hooks/useSessionExpiry';
import { HomeRedirect } from './modules/my/components/HomeRedirect';
import { AppLayout } from './modules/shell/components/AppLayout';
import { DocumentTitle } from './modules/shell/components/PageTrail';
import { PAGES } from './modules/shell/pages';
import { FullPageSpin } from './ui/FullPageSpin';

// Pages load on demand so the first download stays small.
const LoginPage = lazy(() => import('./pages/LoginPage').then((m) => ({ default: m.LoginPage })));
const ForbiddenPage = lazy(() =>
  import('./pages/ForbiddenPage').then((m) => ({ default: m.ForbiddenPage })),
);
const NotFoundPage = lazy(() =>
  import('./pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })),
);

/** The routes are the modules' manifests (modules/<x>/manifest.tsx), each guarded by its roles. */
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
          {PAGES.map(({ path, page: Page, roles }) => (
            <Route
              key={path}
              path={path}
              element={
                roles ? (
                  <RequireRole roles={roles} fallback={<ForbiddenPage />}>
                    <Page />
                  </RequireRole>
                ) : (
                  <Page />
                )
              }
            />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
