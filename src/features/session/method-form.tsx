import type { MethodFormProps } from './form-rules';
import { PasswordForm } from './password-form';
import type { SignInPrefill } from './session-storage';
import { TokenForm } from './token-form';
import { V3Form } from './v3-form';

export type SignInMethod = SignInPrefill['method'];

export const SIGN_IN_METHODS: readonly SignInMethod[] = ['password', 'token', 'v3'];

export function isSignInMethod(value: string | null): value is SignInMethod {
  return SIGN_IN_METHODS.includes(value as SignInMethod);
}

/** The form of one sign-in method; the page shows them in tabs, the re-sign-in dialog the one last used. */
export function MethodForm({ method, ...props }: MethodFormProps & { method: SignInMethod }) {
  if (method === 'token') return <TokenForm {...props} />;
  if (method === 'v3') return <V3Form {...props} />;
  return <PasswordForm {...props} />;
}
