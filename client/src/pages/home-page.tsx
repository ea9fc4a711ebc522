import { RoleHome } from '../modules/home/role-home';

export function HomePage() {
  return <RoleHome />;
}
