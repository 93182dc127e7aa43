// Field errors are a flat map from a path like `villages.2.code` to a Chinese message: the same shape the server
// sends in RpcError.fields, so client-side and server-side problems are shown by the same code.
export type FieldErrors = Record<string, string>;

type Issue = { path: readonly PropertyKey[]; message: string };

export function issuesToFieldErrors(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    // The first problem of a field is the one to fix first; later ones would only repeat it.
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

export function pickFieldErrors(errors: FieldErrors, belongs: (path: string) => boolean): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => belongs(path)));
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** Move the keyboard to the first invalid field so the clerk can fix it straight away. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  const target = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  target?.focus();
}
