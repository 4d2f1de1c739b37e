import { Alert, Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBrandWindows } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { serverFlavorId, serverImageId } from '../../../api/server-refs';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import { formatDateTime, type ApiTime } from '../../../lib/time';
import { TimeAgo } from '../../../lib/time-ago';
import { findServerFlavor } from '../actions/server-flavor';
import { serverGroupNames } from '../actions/use-action-availability';
import { osLabelOf, osTypeOf, taskStateOf, zoneOf } from '../server-facts';
import { StatusBadge } from '../status/status-badge';
import { useTaskLabel } from '../status/use-task-label';
import { type Field, FieldCard } from './field-list';
import { imageQueries } from '../../images/image-queries';
import { useServerImage } from './use-server-image';

/** An exact time with its relative one beside it, as the detail page shows every time. */
export function TimeValue({ value }: { value: ApiTime }) {
  const { t, i18n } = useTranslation(['instanceDetail', 'instances']);
  const exact = formatDateTime(value, i18n.resolvedLanguage ?? 'en');
  if (!exact) return <>{t('detail.none')}</>;
  return (
    <Group gap={6} component="span" wrap="wrap">
      <span>{exact}</span>
      <Text span size="sm" c="dimmed">
        (<TimeAgo value={value} />)
      </Text>
    </Group>
  );
}

function ImageValue({ server }: { server: Server }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  const imageId = serverImageId(server);
  const image = useQuery(imageQueries.detail(imageId ?? ''));
  if (imageId === undefined) return <>{t('detail.bootedFromVolume')}</>;
  // The image may be private to another project or deleted since: the id is all there is then.
  const name = image.data?.name || server.metadata.image_name;
  return name ? (
    <Stack gap={0}>
      <span>{name}</span>
      <Text span size="xs" c="dimmed" ff="monospace">
        {imageId}
      </Text>
    </Stack>
  ) : (
    <Text span size="sm" ff="monospace">
      {imageId}
    </Text>
  );
}

function flavorSpec(flavor: Flavor | undefined, t: ReturnType<typeof useTranslation<'instanceDetail'>>['t']): string | null {
  if (!flavor) return null;
  const disk = flavor.disk === 0 ? t('detail.diskVolume') : t('detail.diskGb', { gb: flavor.disk });
  return t('detail.flavorSpec', { vcpus: flavor.vcpus, ram: Number((flavor.ram / 1024).toFixed(1)), disk });
}

export function OverviewTab({ server, flavors }: { server: Server; flavors: Flavor[] | undefined }) {
  const { t, i18n } = useTranslation(['instanceDetail', 'instances']);
  const taskLabel = useTaskLabel();
  const task = taskStateOf(server);
  const power = server['OS-EXT-STS:power_state'];
  const flavor = findServerFlavor(server, flavors);
  const flavorName = flavor?.name ?? server.flavor?.original_name ?? serverFlavorId(server) ?? t('detail.none');
  const image = useServerImage(server);
  const windows = osTypeOf(server, image) === 'windows';
  const none = t('detail.none');
  const dash = (value: string | null | undefined) => (value ? value : none);

  const status: Field[] = [
    { label: t('detail.field.status'), value: <StatusBadge status={server.status} /> },
    { label: t('detail.field.power'), value: power === null || power === undefined ? none : t('detail.powerValue', { state: t(`detail.power.${powerKey(power)}`), code: power }) },
    { label: t('detail.field.task'), value: task ? `${taskLabel(task)} (${task})` : none },
    { label: t('detail.field.vmState'), value: dash(server['OS-EXT-STS:vm_state']) },
    ...(server.progress !== undefined && server.progress !== null ? [{ label: t('detail.field.progress'), value: `${server.progress}%` }] : []),
  ];
  const spec: Field[] = [
    { label: t('detail.field.flavor'), value: <Stack gap={0}><span>{flavorName}</span>{flavorSpec(flavor, t) && <Text span size="xs" c="dimmed">{flavorSpec(flavor, t)}</Text>}</Stack> },
    { label: t('detail.field.image'), value: <ImageValue server={server} /> },
    {
      label: t('detail.field.os'),
      value: (
        <Group gap={6} component="span">
          <span>{osLabelOf(server, image) || none}</span>
          {windows && (
            <Badge variant="default" radius="sm" leftSection={<IconBrandWindows size={12} aria-hidden />}>
              Windows
            </Badge>
          )}
        </Group>
      ),
    },
    {
      label: t('detail.field.keyPair'),
      value: server.key_name ? (
        <Anchor component={Link} to="/key-pairs" size="sm">
          {server.key_name}
        </Anchor>
      ) : (
        t('detail.noKeyPair')
      ),
    },
    { label: t('detail.field.zone'), value: dash(zoneOf(server)) },
    { label: t('detail.field.securityGroups'), value: serverGroupNames(server).join(', ') || none },
    ...(server['NHN-EXT-ATTR:ephemeral_disk_size'] ? [{ label: t('detail.field.ephemeral'), value: t('detail.diskGb', { gb: server['NHN-EXT-ATTR:ephemeral_disk_size'] }) }] : []),
  ];
  const times: Field[] = [
    { label: t('detail.field.created'), value: <TimeValue value={server.created} /> },
    { label: t('detail.field.updated'), value: <TimeValue value={server.updated} /> },
    { label: t('detail.field.launched'), value: <TimeValue value={server['OS-SRV-USG:launched_at']} /> },
    ...(server['OS-SRV-USG:terminated_at'] ? [{ label: t('detail.field.terminated'), value: <TimeValue value={server['OS-SRV-USG:terminated_at']} /> }] : []),
  ];
  const ids: Field[] = [
    { label: t('detail.field.id'), value: server.id, mono: true },
    { label: t('detail.field.hostId'), value: dash(server.hostId), mono: Boolean(server.hostId) },
    { label: t('detail.field.tenant'), value: dash(server.tenant_id), mono: Boolean(server.tenant_id) },
    { label: t('detail.field.user'), value: dash(server.user_id), mono: Boolean(server.user_id) },
    { label: t('detail.field.configDrive'), value: server.config_drive === 'True' || server.config_drive === true ? t('detail.yes') : t('detail.no') },
    ...(server.accessIPv4 ? [{ label: 'accessIPv4', value: server.accessIPv4, mono: true }] : []),
    ...(server.accessIPv6 ? [{ label: 'accessIPv6', value: server.accessIPv6, mono: true }] : []),
    ...(server.description ? [{ label: t('detail.field.description'), value: server.description }] : []),
  ];

  return (
    <Stack gap="md">
      {server.fault && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('detail.fault.title')}>
          <Stack gap={4}>
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {server.fault.message}
            </Text>
            <Text size="xs">
              {[
                server.fault.code !== undefined ? t('detail.fault.code', { code: server.fault.code }) : null,
                server.fault.created ? `${t('detail.fault.created')}: ${formatDateTime(server.fault.created, i18n.resolvedLanguage ?? 'en') ?? server.fault.created}` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {server.fault.details && (
              <Text size="xs" ff="monospace" style={{ whiteSpace: 'pre-wrap' }}>
                {server.fault.details}
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <FieldCard title={t('detail.card.status')} fields={status} />
        <FieldCard title={t('detail.card.spec')} fields={spec} />
        <FieldCard title={t('detail.card.times')} fields={times} />
        <FieldCard title={t('detail.card.ids')} fields={ids} />
      </SimpleGrid>
    </Stack>
  );
}

const POWER_STATES = [0, 1, 3, 4, 6, 7] as const;

/** Nova's power states: 0 no state, 1 running, 3 paused, 4 shut down, 6 crashed, 7 suspended. */
function powerKey(power: number): `${(typeof POWER_STATES)[number]}` | 'other' {
  return (POWER_STATES as readonly number[]).includes(power) ? (String(power) as `${(typeof POWER_STATES)[number]}`) : 'other';
}
