import { Button, Menu } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { lazyPopup, type WithTrigger } from './lazy-popup';

function FruitMenu({ trigger, onPick }: WithTrigger<{ onPick: (fruit: string) => void }>) {
  return (
    <Menu>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>
        {['Apple', 'Banana', 'Cherry'].map((fruit) => (
          <Menu.Item key={fruit} onClick={() => onPick(fruit)}>
            {fruit}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** A lazy FruitMenu whose download is counted, and fails while `failing` is set. */
function setUp() {
  const downloads = { count: 0, failing: false };
  const LazyFruitMenu = lazyPopup(async () => {
    downloads.count += 1;
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (downloads.failing) throw new Error('chunk failed');
    return FruitMenu;
  }, 'menu');
  const onPick = vi.fn();
  const view = renderWithProviders(
    <>
      <button type="button">Before</button>
      <LazyFruitMenu onPick={onPick} trigger={<Button onClick={() => void onPick('own click')}>Fruit</Button>} />
    </>,
  );
  return { ...view, downloads, onPick, trigger: () => screen.getByRole('button', { name: 'Fruit' }) };
}

describe('lazyPopup', () => {
  it('renders the trigger alone, with the popup semantics Mantine gives it, and downloads nothing', async () => {
    const { trigger, downloads } = setUp();
    expect(trigger()).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(downloads.count).toBe(0);
  });

  it('starts the download on hover and on focus, without opening', async () => {
    const { user, trigger, downloads } = setUp();
    await user.hover(trigger());
    expect(downloads.count).toBe(1);
    await user.tab();
    await user.tab();
    expect(trigger()).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(downloads.count).toBe(1);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens on the first click as Mantine does: focus in the menu, the trigger expanded, its own onClick run once', async () => {
    const { user, trigger, onPick } = setUp();
    await user.click(trigger());
    const menu = await screen.findByRole('menu');
    expect(trigger()).toHaveAttribute('aria-expanded', 'true');
    expect(trigger()).toHaveAttribute('aria-controls', menu.id);
    await waitFor(() => expect(menu).toContainElement(document.activeElement as HTMLElement));
    expect(onPick.mock.calls).toEqual([['own click']]);
    await user.click(screen.getByRole('menuitem', { name: 'Banana' }));
    expect(onPick).toHaveBeenLastCalledWith('Banana');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  });

  it('opened from the keyboard, moves with the arrows and gives focus back to the trigger on Escape', async () => {
    const { user, trigger } = setUp();
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    await screen.findByRole('menu');
    // Focus moves to the first item, as when the menu was there from the start.
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Apple' })).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Banana' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    await waitFor(() => expect(trigger()).toHaveFocus());
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
  });

  it('stays mounted after the first open: no second download, the same trigger element, opened again at once', async () => {
    const { user, trigger, downloads } = setUp();
    await user.click(trigger());
    await screen.findByRole('menu');
    const real = trigger();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    await user.click(trigger());
    expect(screen.getByRole('menu')).toBeInTheDocument();
    expect(trigger()).toBe(real);
    expect(downloads.count).toBe(1);
  });

  it('tries the download again on the next click when it failed', async () => {
    const { user, trigger, downloads } = setUp();
    downloads.failing = true;
    await user.click(trigger());
    await waitFor(() => expect(downloads.count).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    downloads.failing = false;
    await user.click(trigger());
    expect(await screen.findByRole('menu')).toBeInTheDocument();
    expect(downloads.count).toBe(2);
  });
});
