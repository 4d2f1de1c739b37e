import type { i18n as I18n, TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A task state in words ("powering off"); an unlisted task shows as Nova spells it, hyphens and underscores as spaces. */
export function taskLabel(t: TFunction<'instances'>, i18n: I18n, task: string): string {
  return i18n.exists(`instances:task.${task}`) ? t(`task.${task}` as 'task.deleting') : task.replace(/[-_]/g, ' ');
}

/** {@link taskLabel} with the component's own translation. */
export function useTaskLabel(): (task: string) => string {
  const { t, i18n } = useTranslation('instances');
  return useCallback((task: string) => taskLabel(t, i18n, task), [t, i18n]);
}
