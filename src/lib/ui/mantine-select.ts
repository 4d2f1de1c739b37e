// Mantine's Select in a module of its own, so that LazySelect can download it when a select is first wanted.
export { Select } from '@mantine/core';
