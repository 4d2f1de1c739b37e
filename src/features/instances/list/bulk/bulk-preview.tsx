import { Alert, Group, List, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconPlayerSkipForward } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { actionRecord, type BulkAction, isWarnedBulkAction } from '../../../../domain/instance-actions';
import { visibleName } from '../../../../lib/ui/visible-name';
import { ACTION_ICONS } from '../../actions/action-look';
import type { FleetRow } from '../fleet-rows';
import { useGatingReason } from '../../actions/use-gating-reason';
import type { BulkPlan, SkipReason } from './bulk-plan';

const SHOWN_NAMES = 8;

function Names({ rows, dimmed = false }: { rows: FleetRow[]; dimmed?: boolean }) {
  const { t } = useTranslation('instances');
  const shown = rows.slice(0, SHOWN_NAMES);
  return (
    <Text size="sm" c={dimmed ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
      {shown.map((row, index) => (
        <Fragment key={row.id}>
          {index > 0 && ', '}
          {visibleName(row.name || row.id)}
        </Fragment>
      ))}
      {rows.length > shown.length && ` ${t('list.bulk.andMore', { count: rows.length - shown.length })}`}
    </Text>
  );
}

function useSkipSentence(action: BulkAction): (reason: SkipReason) => string {
  const { t } = useTranslation('instances');
  const gatingReason = useGatingReason();
  return (reason) =>
    reason.reason === 'pending'
      ? t('list.bulk.pendingReason', { action: t(`action.${reason.action}`) })
      : (gatingReason(action, reason) ?? '');
}

/** Where a single instance asks for its name (delete), a selection asks for the count, typed out. */
export function asksToTypeCount(action: BulkAction): boolean {
  return actionRecord(action).dialog === 'typeName';
}

export interface BulkPreviewProps {
  plan: BulkPlan;
  total: number;
  typed: string;
  onTyped: (value: string) => void;
}

/** What will happen before it happens: how many of the selection the action runs on, and why the rest is skipped. */
export function BulkPreview({ plan, total, typed, onTyped }: BulkPreviewProps) {
  const { t } = useTranslation('instances');
  const sentence = useSkipSentence(plan.action);
  const actionLabel = t(`action.${plan.action}`);
  const count = plan.eligible.length;
  const Icon = ACTION_ICONS[plan.action];
  const typeCount = asksToTypeCount(plan.action);
  return (
    <Stack gap="md">
      <Text fw={600}>{t('list.bulk.summary', { action: actionLabel, count, total })}</Text>
      {count > 0 ? (
        <Paper withBorder p="sm" radius="sm">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Icon size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t('list.bulk.eligibleHeading')}
              </Text>
              <Names rows={plan.eligible} />
            </Stack>
          </Group>
        </Paper>
      ) : (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('list.bulk.nothing')}
        </Alert>
      )}
      {plan.skipped.length > 0 && (
        <List spacing="sm" size="sm" listStyleType="none" withPadding={false}>
          {plan.skipped.map((group) => (
            <List.Item key={group.key}>
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <IconPlayerSkipForward size={16} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
                <Stack gap={2}>
                  <Text size="sm" fw={500}>
                    {t('list.bulk.skipped', { count: group.rows.length, reason: sentence(group.reason) })}
                  </Text>
                  <Names rows={group.rows} dimmed />
                </Stack>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {count > 0 && isWarnedBulkAction(plan.action) && (
        <Alert color={typeCount ? 'red' : 'orange'} variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t(`list.bulk.warning.${plan.action}`)}
        </Alert>
      )}
      {count > 0 && typeCount && (
        <TextInput
          label={t('list.bulk.typeCount', { count })}
          description={t('list.bulk.typeCountHint')}
          value={typed}
          onChange={(event) => onTyped(event.currentTarget.value)}
          inputMode="numeric"
          autoComplete="off"
          data-autofocus
        />
      )}
    </Stack>
  );
}
