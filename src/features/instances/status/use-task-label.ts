import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A task state in words ("powering off"); an unlisted task shows as Nova spells it, hyphens and underscores as spaces. */
export function useTaskLabel(): (task: string) => string {
  const { t, i18n } = useTranslation('instances');
  return useCallback(
    (task: string) => (i18n.exists(`instances:task.${task}`) ? t(`task.${task}` as 'task.deleting') : task.replace(/[-_]/g, ' ')),
    [t, i18n],
  );
}
