import { Menu, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconGauge, IconRestore } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimConfig } from '../mocks/controls';
import type { WithTrigger } from '../lib/ui/lazy-popup';
import type { DemoMode } from './demo-context';
import { dangerColor } from '../lib/ui/danger-color';
import { DemoQuotaForm } from './demo-quota-form';

const speeds = [
  { ms: 1_000, labelKey: 'demo.speedFast' },
  { ms: 3_000, labelKey: 'demo.speedNormal' },
  { ms: 10_000, labelKey: 'demo.speedSlow' },
] as const;

const chaosRates = [
  { rate: 0, labelKey: 'demo.chaosOff' },
  { rate: 0.05, labelKey: 'demo.chaosSome' },
  { rate: 0.2, labelKey: 'demo.chaosMany' },
] as const;

/** The Demo settings menu itself, downloaded when first wanted (see demo-menu.tsx). */
export function DemoMenuDropdown({ trigger, demo: { controls, reset } }: WithTrigger<{ demo: DemoMode }>) {
  const { t } = useTranslation(['shell', 'common']);
  const queryClient = useQueryClient();
  const [config, setConfig] = useState<SimConfig>(() => controls.getConfig());

  const update = (patch: Partial<SimConfig>) => {
    controls.setConfig(patch);
    setConfig(controls.getConfig());
  };

  const confirmReset = () =>
    modals.openConfirmModal({
      title: t('demo.resetTitle'),
      children: <Text size="sm">{t('demo.resetBody')}</Text>,
      labels: { confirm: t('demo.resetConfirm'), cancel: t('common:actions.cancel') },
      confirmProps: { color: dangerColor },
      onConfirm: () => {
        reset().then(
          async () => {
            // Everything cached describes the old state: drop it and refetch what is on screen.
            await queryClient.resetQueries();
            notifications.show({ color: 'teal', message: t('demo.resetDone') });
          },
          (error: unknown) =>
            notifications.show({
              color: 'red',
              message: t('demo.resetFailed', { message: error instanceof Error ? error.message : String(error) }),
            }),
        );
      },
    });

  const editQuota = () => {
    const id = modals.open({
      title: t('demo.quotaTitle'),
      children: (
        <DemoQuotaForm
          quota={config.quota}
          onCancel={() => modals.close(id)}
          onSave={(quota) => {
            update({ quota });
            modals.close(id);
            // Quotas and usage on screen describe the old limits.
            void queryClient.invalidateQueries();
          }}
        />
      ),
    });
  };

  return (
    <Menu position="bottom-end" withArrow width={260}>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconRestore size={16} color="var(--mantine-color-red-text)" aria-hidden />} onClick={confirmReset}>
          {t('demo.reset')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('demo.speed')}</Menu.Label>
        <Menu.RadioGroup value={String(config.transitionMs)} onChange={(value) => update({ transitionMs: Number(value) })}>
          {speeds.map(({ ms, labelKey }) => (
            <Menu.RadioItem key={ms} value={String(ms)}>
              {t(labelKey)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
        <Menu.Divider />
        <Menu.Label>{t('demo.chaos')}</Menu.Label>
        <Menu.RadioGroup value={String(config.chaosRate)} onChange={(value) => update({ chaosRate: Number(value) })}>
          {chaosRates.map(({ rate, labelKey }) => (
            <Menu.RadioItem key={rate} value={String(rate)}>
              {t(labelKey)}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
        <Menu.Divider />
        <Menu.Label>{t('demo.resize')}</Menu.Label>
        <Menu.CheckboxItem checked={config.autoConfirmResize} onChange={(checked) => update({ autoConfirmResize: checked })}>
          {t('demo.autoConfirmResize')}
        </Menu.CheckboxItem>
        <Menu.Divider />
        <Menu.Item leftSection={<IconGauge size={16} aria-hidden />} onClick={editQuota}>
          {t('demo.quota')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
