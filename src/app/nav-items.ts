import { type TablerIcon, IconBuildingWarehouse, IconCpu, IconKey, IconLayoutDashboard, IconServer2 } from '@tabler/icons-react';

export interface NavItem {
  to: string;
  labelKey: 'nav.overview' | 'nav.instances' | 'nav.keyPairs' | 'nav.flavors' | 'nav.zones';
  icon: TablerIcon;
}

/** Where the console opens: `/`, after sign-in, and the logo. */
export const LANDING_PATH = '/overview';

export const navItems: readonly NavItem[] = [
  { to: LANDING_PATH, labelKey: 'nav.overview', icon: IconLayoutDashboard },
  { to: '/instances', labelKey: 'nav.instances', icon: IconServer2 },
  { to: '/key-pairs', labelKey: 'nav.keyPairs', icon: IconKey },
  { to: '/flavors', labelKey: 'nav.flavors', icon: IconCpu },
  { to: '/zones', labelKey: 'nav.zones', icon: IconBuildingWarehouse },
];
