import { ActionIcon, Code, CopyButton, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ServerCreateBody } from '../../../api/schemas/server-create';
import { sessionStore } from '../../../api/session';
import { fromProxyUrl } from '../../session/proxy-url';
import classes from '../wizard.module.css';

/** A shell-safe single-quoted string: ' becomes '\''. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The same request as curl, against the session's real compute endpoint, with the token left as a placeholder. */
export function curlCommand(body: ServerCreateBody, computeEndpoint: string): string {
  // In live mode the session's endpoints point at our own /proxy/...; curl talks to the cloud itself.
  const endpoint = fromProxyUrl(computeEndpoint) ?? computeEndpoint;
  const url = `${endpoint.replace(/\/+$/, '')}/servers`;
  return [
    `curl -X POST ${shellQuote(url)}`,
    `  -H 'X-Auth-Token: <TOKEN>'`,
    `  -H 'Content-Type: application/json'`,
    `  -d ${shellQuote(JSON.stringify(body))}`,
  ].join(' \\\n');
}

function CopyBlock({ label, text, id }: { label: string; text: string; id: string }) {
  const { t } = useTranslation('wizard');
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Title order={3} size="h6" id={id}>
          {label}
        </Title>
        <CopyButton value={text} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('review.copied') : t('review.copy', { what: label })} withArrow>
              <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('review.copy', { what: label })}>
                {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Code block className={classes.code} aria-labelledby={id} tabIndex={0}>
        {text}
      </Code>
    </Stack>
  );
}

/** The exact JSON body that Create sends (the same object), and the equivalent curl command. */
export function RequestPreview({ body }: { body: ServerCreateBody | null }) {
  const { t } = useTranslation('wizard');
  const endpoint = sessionStore.get()?.endpoints.compute ?? '<compute endpoint>';
  if (!body) {
    return (
      <Text size="sm" c="dimmed">
        {t('review.requestPending')}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <CopyBlock id="request-json" label={t('review.json')} text={JSON.stringify(body, null, 2)} />
      <CopyBlock id="request-curl" label={t('review.curl')} text={curlCommand(body, endpoint)} />
      <Text size="xs" c="dimmed">
        {t('review.tokenNote')}
      </Text>
    </Stack>
  );
}
