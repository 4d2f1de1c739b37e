import { type TablerIcon, IconBuildingWarehouse, IconCpu, IconKey, IconServer2 } from '@tabler/icons-react';

export interface NavItem {
  to: string;
  labelKey: 'nav.instances' | 'nav.keyPairs' | 'nav.flavors' | 'nav.zones';
  icon: TablerIcon;
}

export const navItems: readonly NavItem[] = [
  { to: '/instances', labelKey: 'nav.instances', icon: IconServer2 },
  { to: '/key-pairs', labelKey: 'nav.keyPairs', icon: IconKey },
  { to: '/flavors', labelKey: 'nav.flavors', icon: IconCpu },
  { to: '/zones', labelKey: 'nav.zones', icon: IconBuildingWarehouse },
];
