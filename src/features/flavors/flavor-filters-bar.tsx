import { CloseButton, Group, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FAMILY_FILTERS, type FlavorFilterPatch, type FlavorFilters, gbToMb, mbToGb } from './flavor-filters';

export interface FlavorFiltersBarProps {
  filters: FlavorFilters;
  onChange: (patch: FlavorFilterPatch) => void;
}

/** Minimum RAM and disk go to the API (`minRam` in MB, `minDisk` in GB); family and search filter what came back. */
export function FlavorFiltersBar({ filters, onChange }: FlavorFiltersBarProps) {
  const { t } = useTranslation('flavors');
  const { minRam, minDisk } = filters.api;
  const apiQuery = new URLSearchParams();
  if (minRam) apiQuery.set('minRam', String(minRam));
  if (minDisk) apiQuery.set('minDisk', String(minDisk));

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <MinimumInput
        label={t('filters.minRam')}
        placeholder={t('filters.any')}
        value={minRam === undefined ? undefined : mbToGb(minRam)}
        onCommit={(gb) => onChange({ minRam: gb === null ? null : gbToMb(gb) })}
        decimals
      />
      <MinimumInput
        label={t('filters.minDisk')}
        placeholder={t('filters.any')}
        value={minDisk}
        onCommit={(gb) => onChange({ minDisk: gb === null ? null : Math.round(gb) })}
      />
      <Select
        label={t('filters.family')}
        value={filters.family}
        onChange={(value) => onChange({ family: FAMILY_FILTERS.find((family) => family === value) ?? null })}
        data={FAMILY_FILTERS.map((family) => ({ value: family, label: `${family === 'other' ? t('families.other.code') : family} · ${t(`families.${family}.label`)}` }))}
        placeholder={t('filters.allFamilies')}
        clearable
        clearButtonProps={{ 'aria-label': t('filters.clearFamily') }}
        allowDeselect
        w={220}
      />
      <TextInput
        type="search"
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={filters.search ? <CloseButton size="sm" aria-label={t('filters.clearSearch')} onClick={() => onChange({ search: '' })} /> : null}
        value={filters.search}
        onChange={(event) => onChange({ search: event.currentTarget.value })}
        w={{ base: '100%', xs: 260 }}
      />
      {apiQuery.size > 0 && (
        <Text size="xs" c="dimmed" pb={8}>
          {t('filters.sentAs')} <code>?{apiQuery.toString()}</code>
        </Text>
      )}
    </Group>
  );
}

interface MinimumInputProps {
  label: string;
  placeholder: string;
  /** GB, from the URL. */
  value: number | undefined;
  /** A positive number of GB, or null for "any". */
  onCommit: (gb: number | null) => void;
  decimals?: boolean;
}

/**
 * Keeps what is being typed ("0." on the way to 0.5) while the URL holds only whole API values; a URL that
 * changes from outside (back button, Clear filters) replaces the text.
 */
function MinimumInput({ label, placeholder, value, onCommit, decimals = false }: MinimumInputProps) {
  const [text, setText] = useState<string | number>(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value ?? '');
  }
  return (
    <NumberInput
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(next) => {
        setText(next);
        if (typeof next === 'number') onCommit(next > 0 ? next : null);
        else if (next.trim() === '') onCommit(null);
      }}
      min={0}
      step={decimals ? 1 : 10}
      decimalScale={decimals ? 2 : 0}
      allowDecimal={decimals}
      allowNegative={false}
      suffix=" GB"
      w={170}
    />
  );
}
