// navigator.clipboard is denied in the Electron app (no clipboard permission is granted to the page), so text is
// copied the old way: a hidden textarea, selected, and execCommand('copy') inside the click that asked for it.

/** Copies `text` to the clipboard; false when the browser refused (the caller then asks for Ctrl+C). */
export function copyText(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // off-screen rather than display:none, which cannot be selected
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}
