import { ActionIcon, Anchor, Code, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDots, IconId, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { KeyPairSummary } from '../../api/schemas/keypair';
import type { SortState } from '../../lib/table-sort';
import { copyText } from '../../lib/ui/copy-button';
import { SortableTh } from '../../lib/ui/sortable-th';
import { VisibleName } from '../../lib/ui/visible-name';
import type { ServerRef } from '../instances/server-queries';
import { UsedBy } from './used-by';

export const KEY_PAIR_SORT_KEYS = ['name', 'fingerprint', 'algorithm', 'type', 'usedBy'] as const;
export type KeyPairSortKey = (typeof KEY_PAIR_SORT_KEYS)[number];

export interface KeyPairRow {
  keyPair: KeyPairSummary;
  algorithm: string | null;
  /** undefined while the servers are unknown (loading or failed). */
  usedBy: ServerRef[] | undefined;
}

export interface KeyPairsTableProps {
  rows: KeyPairRow[];
  sort: SortState<KeyPairSortKey>;
  onSort: (key: KeyPairSortKey) => void;
  /** Nova sends `type` only from microversion 2.2: the column shows only when some key pair has one. */
  showType: boolean;
  onShow: (name: string) => void;
  onDelete: (name: string) => void;
}

const USED_BY_SHOWN = 3;

export function KeyPairsTable({ rows, sort, onSort, showType, onShow, onDelete }: KeyPairsTableProps) {
  const { t } = useTranslation(['keyPairs', 'common']);
  const header = (key: KeyPairSortKey, label: string) => (
    <SortableTh column={key} sort={sort} onSort={onSort}>
      {label}
    </SortableTh>
  );
  const copyPublicKey = async (keyPair: KeyPairSummary) => {
    const ok = await copyText(keyPair.public_key);
    notifications.show({
      color: ok ? 'teal' : 'red',
      message: ok ? t('publicKeyCopied', { name: keyPair.name }) : t('copyFailed'),
    });
  };

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {header('name', t('fields.name'))}
            {header('fingerprint', t('fields.fingerprint'))}
            {header('algorithm', t('fields.algorithm'))}
            {showType && header('type', t('fields.type'))}
            {header('usedBy', t('fields.usedBy'))}
            <Table.Th>
              <VisuallyHidden>{t('fields.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ keyPair, algorithm, usedBy }) => (
            <Table.Tr key={keyPair.name}>
              <Table.Td>
                <Anchor component="button" type="button" fw={500} onClick={() => onShow(keyPair.name)} style={{ textAlign: 'left' }}>
                  <VisibleName name={keyPair.name} />
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Code style={{ wordBreak: 'break-all' }}>{keyPair.fingerprint}</Code>
              </Table.Td>
              <Table.Td>{algorithm ?? t('common:time.unknown')}</Table.Td>
              {showType && <Table.Td>{keyPair.type ?? t('common:time.unknown')}</Table.Td>}
              <Table.Td>
                {usedBy ? (
                  <UsedBy servers={usedBy} limit={USED_BY_SHOWN} onMore={() => onShow(keyPair.name)} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('common:time.unknown')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td w={48}>
                <Menu position="bottom-end" withArrow>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('rowActions', { name: keyPair.name })}>
                      <IconDots size={16} aria-hidden />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconId size={16} aria-hidden />} onClick={() => onShow(keyPair.name)}>
                      {t('actions.show')}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void copyPublicKey(keyPair)}>
                      {t('copyPublicKey')}
                    </Menu.Item>
                    <Menu.Divider />
                    <Menu.Item color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => onDelete(keyPair.name)}>
                      {t('actions.deleteEllipsis')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
