import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { LazySelect } from './lazy-select';

const FRUITS = [
  { value: 'a', label: 'Apple' },
  { value: 'b', label: 'Banana' },
];

function Fruit({ initial, onChange }: { initial: string | null; onChange: (value: string | null) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <button type="button">Before</button>
      <LazySelect
        label="Fruit"
        placeholder="Any fruit"
        data={FRUITS}
        value={value}
        onChange={(next) => {
          onChange(next);
          setValue(next);
        }}
        clearable
        searchable
      />
    </>
  );
}

function setUp(initial: string | null = 'b') {
  const onChange = vi.fn();
  const view = renderWithProviders(<Fruit initial={initial} onChange={onChange} />);
  return { ...view, onChange, field: () => screen.getByRole('combobox', { name: 'Fruit' }) };
}

describe('LazySelect', () => {
  it('shows the current choice in a collapsed combobox of the same name before the select is wanted', () => {
    const { field } = setUp();
    expect(field()).toHaveValue('Banana');
    expect(field()).toHaveAttribute('aria-haspopup', 'listbox');
    expect(field()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens the list on the first click, keeps the focus in the field and takes a choice', async () => {
    const { user, field, onChange } = setUp(null);
    expect(field()).toHaveAttribute('placeholder', 'Any fruit');
    await user.click(field());
    await user.click(await screen.findByRole('option', { name: 'Apple' }));
    expect(onChange).toHaveBeenLastCalledWith('a');
    expect(field()).toHaveValue('Apple');
    expect(field()).toHaveFocus();
  });

  it('reached with Tab, becomes the real select with the focus kept and its list open; typing filters it', async () => {
    const { user, field } = setUp(null);
    await user.tab();
    await user.tab();
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    await waitFor(() => expect(field()).toHaveFocus());
    expect(field()).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('Ban');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Banana']);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(field()).toHaveFocus();
  });

  it('clears the choice from its clear button without opening', async () => {
    const { user, field, onChange } = setUp('a');
    const clear = field().parentElement?.querySelector('button');
    expect(clear).toBeTruthy();
    await user.click(clear as HTMLButtonElement);
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(field()).toHaveValue('');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });
});
