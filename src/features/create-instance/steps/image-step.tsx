import { Loader, Radio, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../api/schemas/image';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { useFieldProblem, useWizardState } from '../wizard-context';
import type { WizardValues } from '../wizard-values';
import classes from '../wizard.module.css';
import { groupImages, imageSource, type ImageSource } from './image-groups';
import { ImageCard } from './image-card';
import { ManualImage } from './manual-image';
import { StepFrame } from './step-frame';

const SOURCES: ImageSource[] = ['public', 'private', 'shared'];

function ImagePicker({ images }: { images: Image[] }) {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<WizardValues>();
  const { field } = useController({ control, name: 'imageId' });
  const { catalog } = useWizardState();
  const error = useFieldProblem('imageId');
  const chosen = images.find((image) => image.id === field.value);
  const [source, setSource] = useState<ImageSource>((chosen && imageSource(chosen, catalog.profile)) ?? 'public');
  const [search, setSearch] = useState('');
  const bySource = (wanted: ImageSource) => images.filter((image) => imageSource(image, catalog.profile) === wanted);
  // NHN Cloud's public images are NHN's own; elsewhere they are whoever published them.
  const sourceName = (value: ImageSource) => t(value === 'public' && catalog.profile === 'openstack' ? 'image.sources.publicOpenstack' : `image.sources.${value}`);
  const needle = search.trim().toLowerCase();
  const shown = bySource(source).filter((image) => needle === '' || image.name.toLowerCase().includes(needle));
  const groups = groupImages(shown);
  // Focus goes to the chosen image, else the first one, when Next finds no image chosen.
  const focusId = groups.some((g) => g.images.some((i) => i.id === field.value)) ? field.value : groups[0]?.images[0]?.id;

  return (
    <Stack gap="md">
      <SegmentedControl
        value={source}
        onChange={setSource}
        data={SOURCES.map((value) => ({ value, label: t('image.source', { source: sourceName(value), count: bySource(value).length }) }))}
        aria-label={t('image.sourceLabel')}
      />
      <TextInput
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        label={t('image.search')}
        placeholder={t('image.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
      />
      <Radio.Group value={field.value} onChange={field.onChange} label={t('image.label')} error={error} withAsterisk>
        <Stack gap="lg" mt="xs">
          {groups.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('image.none')}
            </Text>
          )}
          {groups.map((group, index) => (
            <section key={group.key} aria-labelledby={`image-group-${index}`}>
              <Title order={3} size="h6" id={`image-group-${index}`} mb="xs">
                {group.kind === 'linux' ? group.key : t(`image.groups.${group.kind}`)}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {group.images.map((image) => (
                  <ImageCard key={image.id} image={image} className={classes.radioCard} inputRef={image.id === focusId ? field.ref : undefined} />
                ))}
              </SimpleGrid>
            </section>
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}

export function ImageStep() {
  const { catalog, queries } = useWizardState();
  const { t } = useTranslation('wizard');
  return (
    <StepFrame step="image">
      {catalog.images === 'unavailable' ? (
        <ManualImage />
      ) : queries.images.isError ? (
        <QueryErrorAlert error={queries.images.error} onRetry={() => void queries.images.refetch()} title={t('image.loadFailed')} />
      ) : queries.images.data ? (
        <ImagePicker images={queries.images.data} />
      ) : (
        <Loader size="sm" aria-label={t('loading')} />
      )}
    </StepFrame>
  );
}
