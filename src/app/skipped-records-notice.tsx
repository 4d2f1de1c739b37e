import { List, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { type SkippedRecord, skippedRecords } from '../api/skipped-records';
import { WarningAlert } from '../lib/ui/warning-alert';

const subscribe = (onChange: () => void) => skippedRecords.subscribe(onChange);
const getSnapshot = () => skippedRecords.get();

/** At most this many are named; the count says the rest. */
const NAMED = 5;

function where(record: SkippedRecord): string {
  return `${record.method} ${record.path}`;
}

/**
 * Says that a page shows less than the cloud sent: records the console could not read even leniently (no id) are
 * left out of their list instead of failing the page, and this names each of them with the reason.
 */
export function SkippedRecordsNotice() {
  const { t } = useTranslation('shell');
  const records = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  if (records.length === 0) return null;
  return (
    <WarningAlert title={t('skipped.title', { count: records.length })} withCloseButton closeButtonLabel={t('skipped.dismiss')} onClose={() => skippedRecords.clear()} mb="md">
      <Text size="sm">{t('skipped.body')}</Text>
      <List size="sm" mt="xs">
        {records.slice(0, NAMED).map((record) => (
          <List.Item key={`${where(record)} ${record.index} ${record.problem}`}>
            {t(record.id === undefined ? 'skipped.itemNoId' : 'skipped.item', { where: where(record), index: record.index + 1, id: record.id, problem: record.problem })}
          </List.Item>
        ))}
      </List>
      {records.length > NAMED && <Text size="sm">{t('skipped.more', { count: records.length - NAMED })}</Text>}
    </WarningAlert>
  );
}
