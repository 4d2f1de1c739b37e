import { Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';

/** What failed, the server's message, and the HTTP status, fault and request id an operator quotes to support. */
export function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useTranslation('errors');
  const { summary, message, status, faultName, requestId } = describeError(error, t);
  const facts = [
    status === undefined ? null : t('details.status', { status }),
    faultName ? t('details.fault', { fault: faultName }) : null,
  ].filter((fact): fact is string => fact !== null);

  return (
    <Stack gap={6}>
      <Text size="sm">{summary}</Text>
      {message && (
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {message}
        </Text>
      )}
      {(facts.length > 0 || requestId) && (
        <Group gap="xs" wrap="wrap">
          {facts.length > 0 && <Text size="xs">{facts.join(' · ')}</Text>}
          {requestId && (
            <Text size="xs">
              {t('details.requestId')}: <Code>{requestId}</Code>
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
