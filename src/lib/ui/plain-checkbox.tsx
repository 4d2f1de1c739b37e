import { Checkbox, CheckIcon } from '@mantine/core';
import type { ChangeEventHandler, CSSProperties } from 'react';

export interface PlainCheckboxProps {
  checked: boolean;
  onChange: ChangeEventHandler<HTMLInputElement>;
  /** The accessible name (there is no visible label). */
  'aria-label': string;
  disabled?: boolean;
}

// What Mantine's `<Checkbox size="xs">` sets on its root. The size is spelled out: `--checkbox-size-xs` is defined
// only under a class of Checkbox's own root that `Checkbox.classes` does not name.
const XS = {
  '--checkbox-size': 'calc(1rem * var(--mantine-scale))',
  '--checkbox-radius': 'var(--mantine-radius-sm)',
  '--checkbox-color': 'var(--mantine-primary-color-filled)',
  '--checkbox-icon-color': 'var(--mantine-color-white)',
} as CSSProperties;

/**
 * A native checkbox that looks like Mantine's `<Checkbox size="xs">` without a label: the same elements and Mantine's
 * own classes (`Checkbox.classes`), but no hooks, styles resolver or context. For tables that mount many of them a frame.
 */
export function PlainCheckbox({ checked, onChange, disabled, 'aria-label': label }: PlainCheckboxProps) {
  return (
    <div className={Checkbox.classes.root} style={XS} data-variant="filled">
      <div className={Checkbox.classes.inner}>
        <input
          type="checkbox"
          className={`${Checkbox.classes.input} mantine-focus-auto`}
          checked={checked}
          onChange={onChange}
          disabled={disabled}
          aria-label={label}
        />
        <CheckIcon className={Checkbox.classes.icon} />
      </div>
    </div>
  );
}
