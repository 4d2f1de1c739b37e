import { Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import classes from './field-list.module.css';

export interface Field {
  label: string;
  value: ReactNode;
  /** Monospace, for ids and addresses. */
  mono?: boolean;
}

/** A titled card of label/value pairs, as a description list (read as pairs by screen readers). */
export function FieldCard({ title, fields }: { title: string; fields: Field[] }) {
  const titleId = useId();
  return (
    // A section named by its title: a region the user (and a test) finds by the card's name.
    <Paper component="section" aria-labelledby={titleId} withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        <dl className={classes.list}>
          {fields.map((field) => (
            <div key={field.label} className={classes.row}>
              <Text component="dt" size="sm" c="dimmed" className={classes.label}>
                {field.label}
              </Text>
              <Text component="dd" size="sm" className={classes.value} ff={field.mono ? 'monospace' : undefined}>
                {field.value}
              </Text>
            </div>
          ))}
        </dl>
      </Stack>
    </Paper>
  );
}
