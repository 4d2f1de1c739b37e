import { Notifications } from '@mantine/notifications';

/** The toasts' container, its own chunk (see providers.tsx). */
export function NotificationsHost() {
  return <Notifications position="top-right" />;
}
