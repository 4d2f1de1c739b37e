import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicKeyCheckFailure } from '../../domain/ssh-public-key';

/** Says exactly what is wrong with a pasted public key, in the UI language. */
export function usePublicKeyProblem(): (failure: PublicKeyCheckFailure) => string {
  const { t } = useTranslation('keyPairs');
  return useCallback(
    (failure: PublicKeyCheckFailure) => {
      switch (failure.reason) {
        case 'empty':
          return t('import.problems.empty');
        case 'private-key':
          return t('import.problems.privateKey');
        case 'not-openssh-format':
          return failure.detail.format === 'rfc4716' ? t('import.problems.rfc4716') : t('import.problems.pem');
        case 'several-keys':
          return t('import.problems.severalKeys', { lines: failure.detail.lines });
        case 'missing-type':
          return t('import.problems.missingType');
        case 'unknown-type':
          switch (failure.detail.family) {
            case 'dsa':
              return t('import.problems.dsa');
            case 'security-key':
              return t('import.problems.securityKey', { found: failure.detail.found });
            case 'certificate':
              return t('import.problems.certificate', { found: failure.detail.found });
            case 'other':
              return t('import.problems.unknownType', { found: failure.detail.found });
          }
          break;
        case 'missing-body':
          return t('import.problems.missingBody');
        case 'bad-base64':
          return t('import.problems.badBase64');
        case 'type-mismatch':
          return t('import.problems.typeMismatch', { lineType: failure.detail.lineType, blobType: failure.detail.blobType });
        case 'truncated':
          return t('import.problems.truncated');
        case 'malformed':
          return t('import.problems.malformed');
        case 'rsa-too-short':
          return t('import.problems.rsaTooShort', { bits: failure.detail.bits, minBits: failure.detail.minBits });
      }
      return t('import.problems.malformed');
    },
    [t],
  );
}
