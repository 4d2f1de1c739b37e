import { ActionIcon, Button, type ButtonProps, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCopy, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

const FEEDBACK_MS = 2_000;

export interface CopyButtonProps {
  /** What goes to the clipboard; a function is read only at the click, so a secret need not sit in props. */
  value: string | (() => string);
  /** The button's name, e.g. "Copy public key". */
  label: string;
  /** Shown (and announced) after a successful copy, e.g. "Copied". */
  copiedLabel: string;
  /** Shown (and announced) when the browser refuses, e.g. "Could not copy: select the text and copy it yourself". */
  failedLabel: string;
  /** `icon` (default): a small icon button with its label as tooltip; `button`: a labelled button. */
  variant?: 'icon' | 'button';
  size?: ButtonProps['size'];
  disabled?: boolean;
}

/** Copies text with visible and announced feedback; works in insecure contexts too (execCommand fallback). */
export function CopyButton({ value, label, copiedLabel, failedLabel, variant = 'icon', size = 'sm', disabled }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = () => {
    clearTimeout(timer.current);
    void copyText(typeof value === 'function' ? value() : value).then((ok) => {
      setState(ok ? 'copied' : 'failed');
      timer.current = setTimeout(() => setState('idle'), ok ? FEEDBACK_MS : FEEDBACK_MS * 3);
    });
  };

  const feedback = state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : '';
  const Icon = state === 'copied' ? IconCheck : state === 'failed' ? IconX : IconCopy;
  const color = state === 'copied' ? 'teal.9' : state === 'failed' ? 'red.9' : undefined;
  const status = (
    <VisuallyHidden role="status" aria-live="polite">
      {feedback}
    </VisuallyHidden>
  );

  if (variant === 'button') {
    return (
      <>
        <Tooltip label={failedLabel} opened={state === 'failed'} multiline maw={280} withArrow>
          <Button
            variant="default"
            size={size}
            disabled={disabled}
            leftSection={<Icon size={16} aria-hidden />}
            onClick={copy}
          >
            {state === 'copied' ? copiedLabel : label}
          </Button>
        </Tooltip>
        {status}
      </>
    );
  }
  return (
    <>
      <Tooltip label={feedback || label} withArrow multiline maw={280} opened={state === 'idle' ? undefined : true}>
        <ActionIcon variant="subtle" color={color ?? 'gray'} size={size} aria-label={label} disabled={disabled} onClick={copy}>
          <Icon size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {status}
    </>
  );
}

/** Copies text to the clipboard; false when the browser refuses. For menus and other places without a button. */
export async function copyText(text: string): Promise<boolean> {
  try {
    // Undefined outside secure contexts (a console served over plain http).
    if ('clipboard' in navigator) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or document not focused: try the older way below.
  }
  return copyWithSelection(text);
}

// The only way without the async Clipboard API (plain-http consoles): copy a selection of a short-lived textarea.
function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  const focused = document.activeElement;
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.value = '';
    area.remove();
    if (focused instanceof HTMLElement) focused.focus();
  }
}
