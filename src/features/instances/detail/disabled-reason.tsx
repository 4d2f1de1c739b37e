import { Text } from '@mantine/core';

/** Why the button beside it is disabled, written out: a tooltip would not reach keyboard or screen-reader users. */
export function DisabledReason({ id, reason }: { id: string; reason: string | null }) {
  if (!reason) return null;
  return (
    <Text id={id} size="xs" c="dimmed" maw={320} ta="right">
      {reason}
    </Text>
  );
}
