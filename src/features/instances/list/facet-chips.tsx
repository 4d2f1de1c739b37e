import { CloseButton, Group, Pill, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { FACET_KEYS, type FacetFilter } from '../../../domain/fleet-facets';
import { currentLanguage } from '../../../i18n/i18n';
import { formatWeek } from '../../../lib/time';
import type { PatchParams } from './list-filters';

/** The overview's filter in the URL (a status group, zone, flavor family, week), each with a way to remove it. */
export const FacetChips = memo(function FacetChips({ facets, onPatch }: { facets: FacetFilter; onPatch: PatchParams }) {
  const { t } = useTranslation('instances');
  const label = (key: (typeof FACET_KEYS)[number]): string | null => {
    switch (key) {
      case 'group':
        return facets.group && t('list.facets.group', { group: t(`statusGroup.${facets.group}`) });
      case 'zone':
        return facets.zone === null ? null : facets.zone === '' ? t('list.facets.noZone') : t('list.facets.zone', { zone: facets.zone });
      case 'family':
        return facets.family && t('list.facets.family', { family: facets.family === 'other' ? t('list.facets.otherFamily') : facets.family });
      case 'week':
        return facets.week && t('list.facets.week', { week: formatWeek(facets.week, currentLanguage()) });
    }
  };
  const chips = FACET_KEYS.flatMap((key) => {
    const text = label(key);
    return text ? [{ key, text }] : [];
  });
  if (chips.length === 0) return null;
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" c="dimmed">
        {t('list.facets.label')}
      </Text>
      {chips.map(({ key, text }) => (
        <Pill key={key} size="md">
          <Group gap={4} wrap="nowrap">
            {text}
            <CloseButton size="xs" aria-label={t('list.facets.remove', { filter: text })} onClick={() => onPatch({ [key]: null })} />
          </Group>
        </Pill>
      ))}
    </Group>
  );
});
