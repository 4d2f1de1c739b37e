/** Flavors, images and volume types: the fixed catalog of the seed. */
import { uuid, type RandomSource } from '../random';
import type { SimFlavor, SimImage, SimVolumeType } from '../state';
import { DAY_MS, DEMO_TENANT_ID, NHN_IMAGE_OWNER } from './constants';

type FlavorRow = [name: string, vcpus: number, ramMb: number, diskGb: number, extraSpecs: Record<string, string>, id?: string];

const standard = { flavor_type: 'standard' };
const FLAVORS: FlavorRow[] = [
  ['t2.c1m1', 1, 1024, 0, { flavor_type: 'economy' }],
  ['m2.c1m2', 1, 2048, 0, standard],
  ['m2.c2m4', 2, 4096, 0, standard],
  ['m2.c4m8', 4, 8192, 0, standard],
  ['c2.c2m2', 2, 2048, 0, { flavor_type: 'compute' }],
  ['c2.c4m4', 4, 4096, 0, { flavor_type: 'compute' }],
  ['r2.c2m8', 2, 8192, 0, { flavor_type: 'memory' }],
  ['r2.c4m16', 4, 16384, 0, { flavor_type: 'memory' }],
  ['x1.c16m64', 16, 65536, 0, { flavor_type: 'performance' }],
  // The two flavors of the spec's example, with its ids.
  ['x1.c32m128', 32, 131072, 0, { flavor_type: 'performance' }, '31fa632d-aeec-4f12-8a57-ce9d146228e5'],
  ['x1.c32m256', 32, 262144, 0, { flavor_type: 'performance' }, '97604802-a090-43fa-a5ce-c7cfd737fbba'],
  // U2: a fixed local root disk; GPU: a local root disk too.
  ['u2.c2m4', 2, 4096, 20, { flavor_type: 'local_disk' }],
  ['u2.c4m8', 4, 8192, 40, { flavor_type: 'local_disk' }],
  ['g2.t4.c4m32', 4, 32768, 100, { flavor_type: 'gpu', gpu_model: 'Tesla T4', gpu_count: '1' }],
  ['g2.v100.c8m90', 8, 92160, 100, { flavor_type: 'gpu', gpu_model: 'Tesla V100', gpu_count: '1' }],
  // A GPU flavor with no disk of its own boots from a volume, as Nova requires of every zero-disk flavor. A fixed
  // id: a seed uuid drawn here would shift every id drawn after it.
  ['g2.t4.c8m64', 8, 65536, 0, { flavor_type: 'gpu', gpu_model: 'Tesla T4', gpu_count: '2' }, '910e60d3-ff14-4a24-bd2e-1ec42ef3b206'],
];

export function seedFlavors(source: RandomSource): SimFlavor[] {
  return FLAVORS.map(([name, vcpus, ram, disk, extraSpecs, id]) => ({
    id: id ?? uuid(source),
    name,
    vcpus,
    ram,
    disk,
    ephemeral: 0,
    extraSpecs: { ...extraSpecs },
  }));
}

interface ImageRow {
  name: string;
  distro: string;
  version: string;
  osType: 'linux' | 'windows';
  login: string;
  minDisk: number;
  minRam: number;
  sizeGb: number;
  product?: string;
}

const IMAGES: ImageRow[] = [
  { name: 'Ubuntu Server 22.04 LTS (2025.07.15)', distro: 'ubuntu', version: 'Server 22.04 LTS', osType: 'linux', login: 'ubuntu', minDisk: 20, minRam: 0, sizeGb: 2.3 },
  { name: 'Rocky Linux 8.10 (2025.07.15)', distro: 'rocky', version: '8.10', osType: 'linux', login: 'rocky', minDisk: 20, minRam: 0, sizeGb: 1.9 },
  { name: 'Debian 12.11 Bookworm (2025.07.15)', distro: 'debian', version: '12.11 Bookworm', osType: 'linux', login: 'debian', minDisk: 20, minRam: 0, sizeGb: 1.4 },
  { name: 'CentOS 7.9 (2024.06.18)', distro: 'centos', version: '7.9', osType: 'linux', login: 'centos', minDisk: 20, minRam: 0, sizeGb: 1.6 },
  { name: 'Windows 2019 STD (2025.07.15) EN', distro: 'Windows', version: '2019 STD', osType: 'windows', login: 'Administrator', minDisk: 50, minRam: 2048, sizeGb: 18.2 },
  { name: 'Windows 2022 STD (2025.07.15) EN', distro: 'Windows', version: '2022 STD', osType: 'windows', login: 'Administrator', minDisk: 50, minRam: 2048, sizeGb: 19.7 },
  { name: 'Ubuntu Server 22.04 LTS - GPU Driver 535 (2025.07.15)', distro: 'ubuntu', version: 'Server 22.04 LTS', osType: 'linux', login: 'ubuntu', minDisk: 30, minRam: 0, sizeGb: 6.8, product: 'gpu' },
];

const GB = 1024 ** 3;

export function seedImages(source: RandomSource, now: number): SimImage[] {
  const publicImages = IMAGES.map((row, index): SimImage => {
    const createdAt = now - (120 - index) * DAY_MS;
    return {
      id: uuid(source),
      name: row.name,
      status: 'active',
      visibility: 'public',
      owner: NHN_IMAGE_OWNER,
      minDisk: row.minDisk,
      minRam: row.minRam,
      size: Math.round(row.sizeGb * GB),
      tags: ['_AVAILABLE_'],
      createdAt,
      updatedAt: createdAt,
      properties: imageProperties(row),
    };
  });
  const golden: SimImage = {
    id: uuid(source),
    name: 'web-golden (2026.05.02)',
    status: 'active',
    visibility: 'private',
    owner: DEMO_TENANT_ID,
    minDisk: 20,
    minRam: 0,
    size: Math.round(3.1 * GB),
    tags: [],
    createdAt: now - 60 * DAY_MS,
    updatedAt: now - 60 * DAY_MS,
    properties: { ...imageProperties(IMAGES[0] as ImageRow), description: 'Web server base image' },
  };
  return [...publicImages, golden];
}

function imageProperties(row: ImageRow): Record<string, string> {
  return {
    os_type: row.osType,
    os_distro: row.distro,
    os_version: row.version,
    os_architecture: 'amd64',
    login_username: row.login,
    description: row.name.replace(/ EN$/, ''),
    hypervisor_type: 'qemu',
    project_domain: 'NORMAL',
    monitoring_agent: 'sysmon',
    tc_env: 'sysmon',
    release_date: '2025-07-15',
    nhncloud_product: row.product ?? 'compute',
  };
}

export function seedVolumeTypes(source: RandomSource): SimVolumeType[] {
  return [
    { id: uuid(source), name: 'General HDD', description: 'General HDD', extraSpecs: { volume_backend_name: 'hdd_general' } },
    { id: uuid(source), name: 'General SSD', description: 'General SSD', extraSpecs: { volume_backend_name: 'ssd_general' } },
    {
      id: uuid(source),
      name: 'Encrypted HDD',
      description: 'Encrypted HDD (Secure Key Manager)',
      extraSpecs: { volume_backend_name: 'hdd_encrypted', encrypted: 'true' },
    },
  ];
}
