// A one-time notice carried across a navigation, e.g. "该人员已登记（张三），已为您打开其记录" shown on the person's
// page the new-person form jumped to. Kept in memory only: a reload should not repeat it.
let pending: { path: string; message: string } | null = null;

export function setFlash(path: string, message: string): void {
  pending = { path, message };
}

/** The notice meant for `path`, once. */
export function takeFlash(path: string): string | null {
  if (!pending || pending.path !== path) return null;
  const { message } = pending;
  pending = null;
  return message;
}
