import type { Store } from './context';

const lastCall = new WeakMap<Store, number>();

/** dispatch() notes every call, so background work (the idle figures refresher) can stay out of the clerk's way. */
export function noteActivity(store: Store): void {
  lastCall.set(store, Date.now());
}

/** When the last call reached the store (0: none yet). */
export function lastActivity(store: Store): number {
  return lastCall.get(store) ?? 0;
}
