// The keyboard habits of clerks who come from Excel: Enter goes to the next field (a form is never sent by an
// accidental Enter), Enter on the save button saves, and Ctrl+S saves from anywhere in the form.
import { useEffect, useRef, type KeyboardEvent } from 'react';

const FIELDS =
  'input:not(:disabled):not([type=hidden]), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)';

function focusNext(form: HTMLElement, from: HTMLElement): void {
  const items = [...form.querySelectorAll<HTMLElement>(FIELDS)].filter(
    (item) => item.tabIndex >= 0 && item.offsetParent !== null,
  );
  const next = items[items.indexOf(from) + 1];
  if (!next) return;
  next.focus();
  if (next instanceof HTMLInputElement && next.type !== 'checkbox' && next.type !== 'date') next.select();
}

/** onKeyDown for a <form>: Enter moves on; Shift+Enter keeps a new line in a text area; buttons keep Enter. */
export function moveOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  // IME composition (typing Chinese) uses Enter to accept letters; that Enter belongs to the input method.
  if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
  const target = event.target;
  if (!(target instanceof HTMLElement) || target instanceof HTMLButtonElement) return;
  if (target instanceof HTMLTextAreaElement && event.shiftKey) return;
  event.preventDefault();
  focusNext(event.currentTarget, target);
}

/** Ctrl+S (or ⌘S) calls `save` while no dialog is open on top of the form; the browser's "save page" never shows. */
export function useSaveShortcut(save: () => void, enabled = true): void {
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      saveRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
