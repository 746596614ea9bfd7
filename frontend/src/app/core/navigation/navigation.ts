import { UserRole } from '@switchboard/contracts';

export type FeatureId = 'console' | 'clients' | 'orders' | 'supervisor' | 'reports' | 'admin';

export interface NavItem {
  id: FeatureId;
  path: string;
  icon: string;
  /** Translation key of the label. */
  label: string;
  roles: readonly UserRole[];
}

const EVERYONE: readonly UserRole[] = ['operator', 'supervisor', 'admin'];
const SUPERVISORS: readonly UserRole[] = ['supervisor', 'admin'];
const ADMINS: readonly UserRole[] = ['admin'];

/** The one list of sections and who may open them: the side navigation and the route guards both read it. */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'console', path: 'console', icon: 'headset_mic', label: 'nav.console', roles: EVERYONE },
  { id: 'clients', path: 'clients', icon: 'contacts', label: 'nav.clients', roles: EVERYONE },
  { id: 'orders', path: 'orders', icon: 'receipt_long', label: 'nav.orders', roles: EVERYONE },
  { id: 'supervisor', path: 'supervisor', icon: 'monitoring', label: 'nav.supervisor', roles: SUPERVISORS },
  { id: 'reports', path: 'reports', icon: 'bar_chart', label: 'nav.reports', roles: SUPERVISORS },
  { id: 'admin', path: 'admin', icon: 'admin_panel_settings', label: 'nav.admin', roles: ADMINS },
];

export function rolesFor(id: FeatureId): readonly UserRole[] {
  return NAV_ITEMS.find((item) => item.id === id)?.roles ?? [];
}

export function navItemsFor(role: UserRole | null): NavItem[] {
  return role === null ? [] : NAV_ITEMS.filter((item) => item.roles.includes(role));
}

/** Where a user lands when no page was asked for, or when the asked page is not theirs. */
export function firstAllowedPath(role: UserRole | null): string {
  return `/${navItemsFor(role)[0]?.path ?? 'login'}`;
}
