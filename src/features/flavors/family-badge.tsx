import { Badge, Group, type MantineColor, Text, Tooltip } from '@mantine/core';
import { IconCpu2, IconDeviceSdCard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FlavorFamily } from '../../domain/flavor-family';

// Filled shade 9 (8 for the brighter hues) keeps 4.5:1 with white text in both color schemes.
const FAMILY_COLOR: Record<FlavorFamily, MantineColor> = {
  t2: 'gray.7',
  m2: 'blue.9',
  c2: 'cyan.9',
  r2: 'violet.9',
  x1: 'indigo.9',
  u2: 'pink.9',
  g2: 'grape.9',
  other: 'dark.5',
};

/** The family code with its short name beside it and the description on hover; U2 and GPU carry an icon too. */
export function FamilyBadge({ family, withTooltip = true }: { family: FlavorFamily; withTooltip?: boolean }) {
  const { t } = useTranslation('flavors');
  const icon =
    family === 'g2' ? <IconCpu2 size={12} aria-hidden /> : family === 'u2' ? <IconDeviceSdCard size={12} aria-hidden /> : undefined;
  const badge = (
    <Group gap={6} wrap="nowrap" tabIndex={withTooltip ? 0 : undefined} style={{ width: 'fit-content' }}>
      <Badge color={FAMILY_COLOR[family]} variant="filled" radius="sm" leftSection={icon} style={{ flexShrink: 0 }}>
        {family === 'other' ? t('families.other.code') : family}
      </Badge>
      <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t(`families.${family}.label`)}
      </Text>
    </Group>
  );
  if (!withTooltip) return badge;
  return (
    <Tooltip label={t(`families.${family}.description`)} multiline maw={320} withArrow openDelay={200}>
      {badge}
    </Tooltip>
  );
}
