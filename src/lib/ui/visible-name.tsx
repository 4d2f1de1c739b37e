import type { ReactNode } from 'react';
import { hasHiddenCharacters, splitHiddenCharacters } from '../hidden-characters';
import classes from './visible-name.module.css';

/**
 * A name with each hidden character (a bidi control, a zero-width space, a control...) shown as its escape
 * (`\u202E`) in a marked style, so that `safe\u202Egnp.exe` cannot read as "safeexe.png". A plain function without
 * hooks, for table rows; a name without any comes back as it is.
 */
export function visibleName(name: string): ReactNode {
  if (!hasHiddenCharacters(name)) return name;
  return (
    <>
      {splitHiddenCharacters(name).map((part, index) =>
        part.hidden ? (
          <span key={index} className={classes.hidden} data-hidden-character="">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** {@link visibleName} as a component. */
export function VisibleName({ name }: { name: string }) {
  return visibleName(name);
}
