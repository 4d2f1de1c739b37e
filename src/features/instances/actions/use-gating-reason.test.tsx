import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { canPerform } from '../../../domain/action-gate';
import { i18n } from '../../../i18n/i18n';
import { useGatingReason } from './use-gating-reason';

const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;

afterEach(() => void i18n.changeLanguage('en'));

describe('useGatingReason', () => {
  it('says what a disabled action needs, in words', async () => {
    await i18n.changeLanguage('en');
    const { result } = renderHook(() => useGatingReason(), { wrapper });
    const reason = result.current;
    expect(reason('start', canPerform('start', { status: 'ACTIVE', taskState: null }, 'nhn'))).toBe('Start needs SHUTOFF; this instance is ACTIVE.');
    expect(reason('stop', canPerform('stop', { status: 'SHUTOFF', taskState: null }, 'nhn'))).toBe('Stop needs ACTIVE or ERROR; this instance is SHUTOFF.');
    expect(reason('rebootSoft', canPerform('rebootSoft', { status: 'ACTIVE', taskState: 'powering-off' }, 'nhn'))).toBe(
      'Reboot waits until the running task (powering-off) ends.',
    );
    expect(reason('createImage', canPerform('createImage', { status: 'ACTIVE', taskState: null, flavorFamily: 'm2' }, 'nhn'))).toMatch(/Only U2/);
    expect(reason('start', canPerform('start', { status: 'SHUTOFF', taskState: null }, 'nhn'))).toBeNull();
  });

  it('speaks Korean too', async () => {
    await i18n.changeLanguage('ko');
    const { result } = renderHook(() => useGatingReason(), { wrapper });
    expect(result.current('stop', canPerform('stop', { status: 'SHUTOFF', taskState: null }, 'nhn'))).toBe(
      '중지 작업은 ACTIVE 또는 ERROR 상태에서만 할 수 있습니다. 이 인스턴스는 SHUTOFF 상태입니다.',
    );
  });
});
