import type { TooltipProps } from '@mantine/core';
import { cloneElement, createElement, type FocusEvent, type PointerEvent, type ReactElement, type ReactNode, useEffect, useId, useState } from 'react';
import { onDemand, preload } from './on-demand';

const tooltipPart = onDemand(async () => (await import('./mantine-tooltip')).Tooltip);

/** Mantine's Tooltip, rendered only once its code is here (the module's export: the same component every render). */
function LoadedTooltip(props: TooltipProps) {
  const Tooltip = tooltipPart.current();
  return Tooltip ? createElement(Tooltip, props) : null;
}

/** The props LazyTooltip adds to its child; the child's own handlers of the same names still run. */
interface TriggerProps {
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (event: PointerEvent<HTMLElement>) => void;
  onPointerDown?: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp?: (event: PointerEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
  'aria-describedby'?: string;
}

export interface LazyTooltipProps extends Omit<TooltipProps, 'children' | 'label' | 'target' | 'opened' | 'defaultOpened' | 'events'> {
  label: ReactNode;
  /** One element that takes a pointer and, for keyboard users, focus (give it `tabIndex={0}` and a name). */
  children: ReactElement<TriggerProps>;
}

/** Shown: the tooltip is open. Hidden: it was shown once and stays mounted (closed), so it can fade out. */
type Shown = { element: HTMLElement; open: boolean } | null;

// One pointer, so at most one tooltip waiting for its open delay, and one element being pressed: the focus a press
// gives opens no tooltip (keyboard focus only, as Mantine's focus event; a click should not pop one up under the pointer).
let waiting: ReturnType<typeof setTimeout> | undefined;
let pressed: EventTarget | null = null;

interface Control {
  openDelay: number;
  show: (element: HTMLElement) => void;
  hide: () => void;
  describedBy: string | undefined;
}

/** The child's props with the opening and closing handlers added (its own handlers still run first). */
function triggerProps(own: TriggerProps, { openDelay, show, hide, describedBy }: Control): TriggerProps {
  return {
    onPointerEnter: (event) => {
      own.onPointerEnter?.(event);
      // Mouse (and pen) only, as Mantine's hover: a tap is not a hover.
      if (event.pointerType === 'touch') return;
      preload(tooltipPart);
      const element = event.currentTarget;
      clearTimeout(waiting);
      if (openDelay <= 0) show(element);
      else waiting = setTimeout(() => element.isConnected && show(element), openDelay);
    },
    onPointerLeave: (event) => {
      own.onPointerLeave?.(event);
      clearTimeout(waiting);
      hide();
    },
    onPointerDown: (event) => {
      own.onPointerDown?.(event);
      pressed = event.currentTarget;
    },
    onPointerUp: (event) => {
      own.onPointerUp?.(event);
      pressed = null;
    },
    onFocus: (event) => {
      own.onFocus?.(event);
      if (pressed !== event.currentTarget) show(event.currentTarget);
    },
    onBlur: (event) => {
      own.onBlur?.(event);
      hide();
    },
    'aria-describedby': [own['aria-describedby'], describedBy].filter(Boolean).join(' ') || undefined,
  };
}

/**
 * A Mantine Tooltip that costs nothing until it is first wanted. Until the pointer enters the child or the keyboard
 * focuses it, only the child is rendered (a closed Mantine Tooltip still sets up floating-ui and a portal, which a
 * table mounting dozens of rows a frame cannot afford), and Tooltip's code is not downloaded: pointing at the child
 * starts the download. Then the tooltip mounts beside the child, pointed at it, and opens: on hover (after
 * `openDelay`) and on keyboard focus; it closes on leave, blur and Escape. While open the child
 * is described by the label (`aria-describedby`), as with Mantine's own Tooltip; the child itself is never remounted,
 * so focus stays where it is.
 */
export function LazyTooltip({ label, children, openDelay = 0, ...tooltipProps }: LazyTooltipProps) {
  const [shown, setShown] = useState<Shown>(null);
  // No hook of its own for the download (a table mounts dozens of these a frame): showing renders again once it is here.
  const loaded = shown !== null && tooltipPart.current() !== undefined;
  const labelId = useId();
  const open = shown?.open ?? false;

  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setShown((previous) => previous && { ...previous, open: false });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const trigger = cloneElement(
    children,
    triggerProps(children.props, {
      openDelay,
      show: (element) => {
        setShown({ element, open: true });
        if (tooltipPart.current() === undefined) {
          tooltipPart.load().then(
            () => setShown((previous) => previous && { ...previous }),
            () => undefined,
          );
        }
      },
      hide: () => setShown((previous) => previous && { ...previous, open: false }),
      // Described by the label only once the label is on the page.
      describedBy: open && loaded ? labelId : undefined,
    }),
  );
  // One shape before and after: the child keeps its place in the tree, so React never remounts it.
  return (
    <>
      {trigger}
      {shown && loaded && (
        <LoadedTooltip
          {...tooltipProps}
          label={<span id={labelId}>{label}</span>}
          target={shown.element}
          opened={shown.open}
          events={{ hover: false, focus: false, touch: false }}
        />
      )}
    </>
  );
}
