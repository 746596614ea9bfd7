import { firstAllowedPath, navItemsFor, rolesFor } from './navigation';

describe('navigation by role', () => {
  const ids = (role: Parameters<typeof navItemsFor>[0]): string[] => navItemsFor(role).map((item) => item.id);

  it('operators see Console, Clients and Orders', () => {
    expect(ids('operator')).toEqual(['console', 'clients', 'orders']);
  });

  it('supervisors also see Supervisor and Reports', () => {
    expect(ids('supervisor')).toEqual(['console', 'clients', 'orders', 'supervisor', 'reports']);
  });

  it('admins see everything', () => {
    expect(ids('admin')).toEqual(['console', 'clients', 'orders', 'supervisor', 'reports', 'admin']);
  });

  it('nobody signed in sees nothing and lands on the login page', () => {
    expect(ids(null)).toEqual([]);
    expect(firstAllowedPath(null)).toBe('/login');
  });

  it('the first allowed section is the console for every role', () => {
    expect(firstAllowedPath('operator')).toBe('/console');
    expect(firstAllowedPath('admin')).toBe('/console');
  });

  it('exposes the roles of a section for route data', () => {
    expect(rolesFor('admin')).toEqual(['admin']);
    expect(rolesFor('reports')).toEqual(['supervisor', 'admin']);
  });
});
