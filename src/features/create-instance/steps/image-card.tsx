import { Badge, Group, Radio, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../api/schemas/image';
import { imageOsType, isGpuImage } from '../../../domain/create-rules';
import { formatDateTime } from '../../../lib/time';
import { formatRam } from '../../../lib/format-ram';

interface ImageCardProps {
  image: Image;
  className?: string;
  inputRef?: Ref<HTMLButtonElement>;
}

export function ImageCard({ image, className, inputRef }: ImageCardProps) {
  const { t, i18n } = useTranslation('wizard');
  const os = imageOsType(image);
  const created = formatDateTime(image.created_at, i18n.language);
  return (
    <Radio.Card value={image.id} className={className} p="sm" radius="sm" ref={inputRef}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {image.name}
          </Text>
          <Group gap={6}>
            <Badge size="xs" variant="outline" color={os === 'windows' ? 'blue' : 'gray'}>
              {t(`os.${os}`)}
            </Badge>
            {isGpuImage(image) && (
              <Badge size="xs" variant="outline" color="grape">
                {t('image.gpu')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {image.min_ram > 0 ? t('image.minimums', { disk: image.min_disk, ram: formatRam(image.min_ram) }) : t('image.minimumsNoRam', { disk: image.min_disk })}
          </Text>
          {created && (
            <Text size="xs" c="dimmed">
              {t('image.created', { date: created })}
            </Text>
          )}
        </Stack>
      </Group>
    </Radio.Card>
  );
}
