import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { QueryError } from '../../../ui/QueryError';
import { useCurrentUserQuery } from '../hooks/useCurrentUser';

/** Renders its children for a signed-in user; otherwise goes to /login and comes back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data: user, isPending, error, refetch } = useCurrentUserQuery();
  if (isPending) return <FullPageSpin />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!user) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}
