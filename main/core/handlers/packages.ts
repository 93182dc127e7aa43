import type { ChannelName } from '@shared/contract';
import type { AreaHandlers } from '../handler-types';
import { exportPackage, listPackages, markPackage, preflight } from '../services/packages';

type PackageChannel = Extract<ChannelName, `packages:${string}`>;

export const packageHandlers: AreaHandlers<PackageChannel> = {
  'packages:preflight': (input, ctx) => preflight(ctx.store, input),
  'packages:export': (input, ctx) => exportPackage(ctx.store, ctx.actor, input),
  'packages:list': (_input, ctx) => listPackages(ctx.store),
  'packages:mark': (input, ctx) => markPackage(ctx.store, ctx.actor, input),
};
