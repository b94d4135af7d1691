import { Navigate } from 'react-router-dom';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';

/** The first page after signing in: a cadre's own month; everyone else the cadre list. */
export function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={user.role === 'cadre' ? '/my' : '/cadres'} replace />;
}
