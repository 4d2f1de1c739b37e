import { Alert, type AlertProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/**
 * An orange "look out" alert whose title stays readable: Mantine's light variant writes the title in orange 9,
 * under 4.5:1 on its own tint (axe color-contrast). The icon and the tint carry the colour instead.
 */
export function WarningAlert({ styles, ...props }: Omit<AlertProps, 'color' | 'variant'>) {
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      styles={{ title: { color: 'var(--mantine-color-text)' }, ...styles }}
      {...props}
    />
  );
}
