import { Paper, Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** One card of the overview: a section named by its heading, for the page's outline and for screen readers. */
export function OverviewSection({ title, children }: { title: ReactNode; children: ReactNode | ((titleId: string) => ReactNode) }) {
  const titleId = useId();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        {typeof children === 'function' ? children(titleId) : children}
      </Stack>
    </Paper>
  );
}
