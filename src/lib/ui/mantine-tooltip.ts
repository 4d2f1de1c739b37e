// Mantine's Tooltip in a module of its own, so that LazyTooltip can download it when a tooltip is first wanted.
export { Tooltip } from '@mantine/core';
