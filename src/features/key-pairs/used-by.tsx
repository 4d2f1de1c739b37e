import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { VisibleName } from '../../lib/ui/visible-name';
import type { ServerRef } from '../instances/server-queries';

export interface UsedByProps {
  servers: readonly ServerRef[];
  /** Show at most this many; the rest become "+N more" (`onMore` makes that a button). */
  limit?: number;
  onMore?: () => void;
}

/** The instances created with a key pair, each a link to its page. */
export function UsedBy({ servers, limit = Infinity, onMore }: UsedByProps) {
  const { t } = useTranslation('keyPairs');
  if (servers.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('usage.none')}
      </Text>
    );
  }
  const shown = servers.slice(0, limit);
  const more = servers.length - shown.length;
  return (
    <Group gap={6} wrap="wrap" component="span">
      {shown.map((server, index) => (
        <Text span size="sm" key={server.id}>
          <Anchor component={Link} to={`/instances/${encodeURIComponent(server.id)}`} size="sm" underline="always">
            <VisibleName name={server.name || server.id} />
          </Anchor>
          {index < shown.length - 1 || more > 0 ? ',' : ''}
        </Text>
      ))}
      {more > 0 &&
        (onMore ? (
          <Anchor component="button" type="button" size="sm" onClick={onMore}>
            {t('usage.more', { count: more })}
          </Anchor>
        ) : (
          <Text span size="sm" c="dimmed">
            {t('usage.more', { count: more })}
          </Text>
        ))}
    </Group>
  );
}
