import {
  cloneElement,
  type ComponentType,
  type FocusEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
  type RefObject,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { type OnDemand, onDemand, preload } from './on-demand';

/** The handlers a stand-in trigger gets; its own handlers of the same names still run (all but onClick, see below). */
export interface StandInProps {
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerDown?: (event: PointerEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onClick?: (event: MouseEvent<HTMLElement>) => void;
}

/** How a popup is first asked for: a click (menus, popovers: Enter and Space click a button too) or focus (a searchable select). */
export type OpenOn = 'click' | 'focus';

export interface PopupOnDemand<T> {
  /** The real component, once first wanted and downloaded; from then on it stays mounted. */
  Loaded: T | undefined;
  /** Put on an element around both the stand-in and the real component (`display: contents`: it adds no box). */
  holder: RefObject<HTMLSpanElement | null>;
  /** The stand-in trigger's handlers, merged over its own. */
  standIn: (own: StandInProps) => StandInProps;
}

/**
 * The pattern behind every floating part the first page does not download (menus, popovers, selects, tooltips):
 * a stand-in with the trigger's look, name and ARIA state is rendered until the popup is first wanted. Pointing at
 * it, focusing it or pressing on it starts the download (`import()` of a small module holding the Mantine component);
 * the click (or, for `openOn: 'focus'`, the focus) that asks for it mounts the real component in its place and then
 * repeats itself on the real trigger, focused first, so Mantine opens it exactly as if it had been there all along:
 * the same focus moved into the dropdown, the same return of focus to the trigger on Escape or close.
 */
export function usePopupOnDemand<T>(part: OnDemand<T>, openOn: OpenOn): PopupOnDemand<T> {
  // Counts the asks and the arrival of the code: each renders again. No other hook, as a table mounts many of these.
  const [asked, setAsked] = useState(0);
  const Loaded = asked > 0 ? part.current() : undefined;
  const holder = useRef<HTMLSpanElement>(null);
  const replay = useRef(false);

  useLayoutEffect(() => {
    if (Loaded === undefined || !replay.current) return;
    replay.current = false;
    const trigger = holder.current?.querySelector<HTMLElement>('[aria-haspopup]');
    trigger?.focus();
    trigger?.click();
  }, [Loaded]);

  const want = () => {
    replay.current = true;
    setAsked((times) => times + 1);
    if (part.current() !== undefined) return;
    // A failed download is tried again on the next ask.
    part.load().then(
      () => setAsked((times) => times + 1),
      () => {
        replay.current = false;
      },
    );
  };
  const warm = () => preload(part);
  const standIn = (own: StandInProps): StandInProps => ({
    onPointerEnter: (event) => {
      own.onPointerEnter?.(event);
      warm();
    },
    onPointerDown: (event) => {
      own.onPointerDown?.(event);
      warm();
    },
    onFocus: (event) => {
      own.onFocus?.(event);
      if (openOn === 'focus') want();
      else warm();
    },
    // The trigger's own onClick runs once, on the real trigger, when the click is repeated there.
    onClick: openOn === 'click' ? want : own.onClick,
  });
  return { Loaded, holder, standIn };
}

/** The stand-in's wrapper: no box of its own, so the trigger sits in the layout as it would alone. */
export function PopupHolder({ holder, children }: { holder: RefObject<HTMLSpanElement | null>; children: ReactNode }) {
  return (
    <span ref={holder} style={{ display: 'contents' }}>
      {children}
    </span>
  );
}

/** What the real component of a `lazyPopup` receives: the caller's props and the trigger to put in its Target. */
export type WithTrigger<P> = P & { trigger: ReactElement };

/**
 * A Mantine Menu or Popover that the first page does not download: `load` imports the module holding it (it renders
 * `trigger` inside its `Menu.Target` / `Popover.Target`). Until first wanted, only `trigger` is rendered, with the
 * `aria-haspopup` (`menu` for a Menu, `dialog` for a Popover) and `aria-expanded` that Mantine gives it.
 */
export function lazyPopup<P extends object>(load: () => Promise<ComponentType<WithTrigger<P>>>, popup: 'menu' | 'dialog') {
  const part = onDemand(load);
  function LazyPopup(props: WithTrigger<P>) {
    const { Loaded, holder, standIn } = usePopupOnDemand(part, 'click');
    const trigger = props.trigger as ReactElement<StandInProps>;
    return (
      <PopupHolder holder={holder}>
        {Loaded ? (
          <Loaded {...props} />
        ) : (
          cloneElement(trigger, { ...standIn(trigger.props), 'aria-haspopup': popup, 'aria-expanded': false } as StandInProps)
        )}
      </PopupHolder>
    );
  }
  return LazyPopup;
}
