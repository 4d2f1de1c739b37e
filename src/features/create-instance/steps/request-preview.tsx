import { ActionIcon, Code, CopyButton, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ServerCreateBody } from '../../../api/schemas/server-create';
import { sessionStore } from '../../../api/session';
import { visibleJson } from '../../../lib/hidden-characters';
import { shellCommand } from '../../../lib/shell-quote';
import { fromProxyUrl } from '../../../api/proxy-url';
import classes from '../wizard.module.css';

/**
 * The same request as curl, on one line, against the session's real compute endpoint, with the token left as a
 * placeholder; every word quoted for the shell, the body's hidden characters written as JSON escapes. Null when the
 * endpoint is no http(s) URL (curl could read it as an option) or holds a hidden character.
 */
export function curlCommand(body: ServerCreateBody, computeEndpoint: string): string | null {
  // In live mode the session's endpoints point at our own /proxy/...; curl talks to the cloud itself.
  const endpoint = fromProxyUrl(computeEndpoint) ?? computeEndpoint;
  const url = `${endpoint.replace(/\/+$/, '')}/servers`;
  if (!/^https?:\/\//i.test(url)) return null;
  const headers = ['-H', 'X-Auth-Token: <TOKEN>', '-H', 'Content-Type: application/json'];
  return shellCommand(['curl', '-X', 'POST', url, ...headers, '-d', visibleJson(body)]);
}

/** `wrap`: one long line (a command), wrapped on screen only; otherwise lines as they are (indented JSON). */
function CopyBlock({ label, text, id, wrap = false }: { label: string; text: string; id: string; wrap?: boolean }) {
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
      <Code block className={classes.code} aria-labelledby={id} tabIndex={0} style={wrap ? { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } : undefined}>
        {text}
      </Code>
    </Stack>
  );
}

/**
 * The JSON body that Create sends (the same value; hidden characters written as JSON escapes, so that every
 * character shows), and the equivalent curl command.
 */
export function RequestPreview({ body }: { body: ServerCreateBody | null }) {
  const { t } = useTranslation('wizard');
  const endpoint = sessionStore.get()?.endpoints.compute ?? '';
  if (!body) {
    return (
      <Text size="sm" c="dimmed">
        {t('review.requestPending')}
      </Text>
    );
  }
  const curl = curlCommand(body, endpoint);
  return (
    <Stack gap="md">
      <CopyBlock id="request-json" label={t('review.json')} text={visibleJson(body, 2)} />
      {curl ? (
        <CopyBlock id="request-curl" label={t('review.curl')} text={curl} wrap />
      ) : (
        <Text size="sm" c="dimmed" role="note">
          {t('review.curlRefused', { endpoint })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('review.tokenNote')}
      </Text>
    </Stack>
  );
}
