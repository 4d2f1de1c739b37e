import { CloseButton, type ComboboxItem, type SelectProps, TextInput } from '@mantine/core';
import { PopupHolder, usePopupOnDemand } from './lazy-popup';
import { onDemand } from './on-demand';
import classes from './lazy-select.module.css';

const selectPart = onDemand(async () => (await import('./mantine-select')).Select);

export interface LazySelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  label: string;
  data: ComboboxItem[];
  value: string | null;
  onChange: (value: string | null) => void;
}

/**
 * A Mantine Select whose code downloads when it is first wanted (the lazyPopup pattern): until then a read-only input
 * in the same place shows the current choice, with the same label, role (`combobox`, `aria-haspopup="listbox"`,
 * collapsed) and clear button. Pointing at it or pressing on it starts the download; focusing it (a click or Tab) mounts
 * the real Select and focuses it, which opens its list as Mantine's searchable Select does on focus. It stays mounted.
 */
export function LazySelect(props: LazySelectProps) {
  const { Loaded: Select, holder, standIn } = usePopupOnDemand(selectPart, 'focus');
  const { label, placeholder, w, disabled, clearable, data, value, onChange } = props;
  if (Select) {
    return (
      <PopupHolder holder={holder}>
        <Select {...props} />
      </PopupHolder>
    );
  }
  const shown = value === null ? '' : (data.find((item) => item.value === value)?.label ?? value);
  const clear = clearable && value !== null && !disabled;
  return (
    <PopupHolder holder={holder}>
      <TextInput
        {...standIn({})}
        label={label}
        placeholder={placeholder}
        w={w}
        disabled={disabled}
        value={shown}
        readOnly
        role="combobox"
        aria-haspopup="listbox"
        aria-expanded={false}
        autoComplete="off"
        rightSectionPointerEvents={clear ? 'all' : 'none'}
        rightSection={
          clear ? (
            // Mantine's Combobox.ClearButton: out of the tab order and hidden (the list offers the same), pressing it keeps focus.
            <CloseButton
              variant="transparent"
              size="sm"
              tabIndex={-1}
              aria-hidden
              style={{ pointerEvents: 'all', background: 'var(--input-bg)' }}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onChange(null)}
            />
          ) : (
            <Chevron />
          )
        }
      />
    </PopupHolder>
  );
}

/** Mantine's Combobox.Chevron. */
function Chevron() {
  return (
    <svg className={classes.chevron} viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg" aria-hidden>
      <path
        d="M4.93179 5.43179C4.75605 5.60753 4.75605 5.89245 4.93179 6.06819C5.10753 6.24392 5.39245 6.24392 5.56819 6.06819L7.49999 4.13638L9.43179 6.06819C9.60753 6.24392 9.89245 6.24392 10.0682 6.06819C10.2439 5.89245 10.2439 5.60753 10.0682 5.43179L7.81819 3.18179C7.73379 3.0974 7.61933 3.04999 7.49999 3.04999C7.38064 3.04999 7.26618 3.0974 7.18179 3.18179L4.93179 5.43179ZM10.0682 9.56819C10.2439 9.39245 10.2439 9.10753 10.0682 8.93179C9.89245 8.75606 9.60753 8.75606 9.43179 8.93179L7.49999 10.8636L5.56819 8.93179C5.39245 8.75606 5.10753 8.75606 4.93179 8.93179C4.75605 9.10753 4.75605 9.39245 4.93179 9.56819L7.18179 11.8182C7.35753 11.9939 7.64245 11.9939 7.81819 11.8182L10.0682 9.56819Z"
        fill="currentColor"
        fillRule="evenodd"
        clipRule="evenodd"
      />
    </svg>
  );
}
