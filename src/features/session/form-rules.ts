import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { z } from '../../lib/zod';
import type { ConsoleConfig } from './console-config';
import { isOriginAllowed } from '../../api/proxy-url';
import type { SignInResult } from './sign-in';
import type { SignInPrefill } from './session-storage';

export const requiredText = (message: string) => z.string().check(z.trim(), z.minLength(1, message));

/** An http(s) URL the console's proxy forwards to; `required` false lets an empty value through. */
export function upstreamUrl(config: ConsoleConfig, t: TFunction<'session'>, required: string | false) {
  return z.string().check(
    z.trim(),
    z.superRefine((value: string, ctx) => {
      if (value === '') {
        if (required !== false) ctx.addIssue({ code: 'custom', message: required });
        return;
      }
      const url = URL.canParse(value) ? new URL(value) : null;
      if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') {
        ctx.addIssue({ code: 'custom', message: t('validation.url') });
      } else if (!isOriginAllowed(value, config.allowedOrigins)) {
        ctx.addIssue({ code: 'custom', message: t('validation.notAllowed', { origin: url.origin }) });
      }
    }),
  );
}

export interface MethodFormProps {
  config: ConsoleConfig;
  /** What the last sign-in of this tab was filled with, when it used this method. */
  prefill: SignInPrefill | null;
  /** The re-sign-in dialog: region and tenant stay as they are (shown, not editable). */
  lockScope?: boolean;
  onSignedIn: (result: SignInResult) => void;
  /** Buttons before "Sign in" (the dialog's Cancel). */
  secondaryAction?: ReactNode;
}

/** Runs one sign-in at a time and keeps its failure until the next attempt; the form keeps what was typed. */
export function useSignInAttempt(onSignedIn: (result: SignInResult) => void) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const attempt = async (work: () => Promise<SignInResult>) => {
    setPending(true);
    setError(null);
    try {
      const result = await work();
      setPending(false);
      onSignedIn(result);
    } catch (caught) {
      setPending(false);
      setError(caught);
    }
  };
  return { pending, error, attempt };
}
