import { Accordion, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FAMILY_FILTERS } from './flavor-filters';
import { FamilyBadge } from './family-badge';

/**
 * What each family is for, from NHN Cloud's overview (docs/nhn-cloud.md, "Flavor families and names"). Folded away
 * until asked for.
 */
export function FlavorFamilyGuide() {
  const { t } = useTranslation('flavors');
  return (
    <Accordion variant="contained" radius="sm">
      <Accordion.Item value="families">
        <Accordion.Control>{t('guide.title')}</Accordion.Control>
        <Accordion.Panel>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="sm">
            {FAMILY_FILTERS.map((family) => (
              <Stack key={family} gap={4}>
                <Group gap={6}>
                  <FamilyBadge family={family} withTooltip={false} />
                </Group>
                <Text size="sm">{t(`families.${family}.description`)}</Text>
              </Stack>
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="md">
            {t('guide.disk')}
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
