import { Navigate } from 'react-router-dom';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';

/** The first page after signing in: a cadre's own month; those who oversee the dashboard (首页). */
export function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={user.role === 'cadre' ? '/my' : '/dashboard'} replace />;
}
