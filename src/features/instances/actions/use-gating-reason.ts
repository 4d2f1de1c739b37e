import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionVerdict } from '../../../domain/action-gate';
import { type ActionNeed, hasFlavorRule, type InstanceAction } from '../../../domain/instance-actions';

const MISSING = { port: 'noPort', securityGroup: 'noGroups', detachableVolume: 'noVolumes' } as const satisfies Record<ActionNeed, string>;

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
          return hasFlavorRule(action) ? t(`gating.flavor.${action}`) : t('gating.flavor.other', { action: actionLabel });
        case 'pending':
          return t('dialogs.menu.pending', { action: t(`action.${verdict.action}`) });
        case 'missing':
          return t(`dialogs.menu.${MISSING[verdict.need]}`);
      }
    },
    [t, i18n.language],
  );
}
