import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionVerdict, InstanceAction } from '../../../domain/instance-actions';

const FLAVOR_REASONS = new Set<InstanceAction>(['createImage', 'resize', 'shelve']);

/**
 * Why an action is disabled, in a sentence: "Start needs SHUTOFF; this instance is ACTIVE." Status codes stay as the
 * API spells them: operators know them, and the spec and NHN's guides use them.
 */
export function useGatingReason(): (action: InstanceAction, verdict: ActionVerdict) => string | null {
  const { t, i18n } = useTranslation('instances');
  return useCallback(
    (action, verdict) => {
      if (verdict.allowed) return null;
      const actionLabel = t(`action.${action}`);
      switch (verdict.reason) {
        case 'status': {
          const needs = new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(verdict.needs);
          return t('gating.status', { action: actionLabel, needs, current: verdict.current });
        }
        case 'task':
          return t('gating.task', { action: actionLabel, task: verdict.task });
        case 'deleted':
          return t('gating.deleted');
        case 'flavor':
          return FLAVOR_REASONS.has(action)
            ? t(`gating.flavor.${action as 'createImage' | 'resize' | 'shelve'}`)
            : t('gating.flavor.other', { action: actionLabel });
      }
    },
    [t, i18n.language],
  );
}
