import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VisibleName, visibleName } from './visible-name';

describe('visibleName', () => {
  it('gives a name without hidden characters back as the same string (no elements for a table row)', () => {
    const name = 'web-01 웹 🙂';
    expect(visibleName(name)).toBe(name);
  });

  it('shows each hidden character as its escape, marked, and leaves none in the page', () => {
    const { container } = render(
      <p>
        <VisibleName name={'safe\u202egnp.exe\u200b'} />
      </p>,
    );
    expect(container.textContent).toBe('safe\\u202Egnp.exe\\u200B');
    expect([...container.querySelectorAll('[data-hidden-character]')].map((mark) => mark.textContent)).toEqual(['\\u202E', '\\u200B']);
    expect(container.innerHTML).not.toMatch(/[\u202e\u200b]/);
  });
});
