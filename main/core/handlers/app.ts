import { AppError } from '@shared/contract';
import type { AreaHandlers } from '../handler-types';
import { completeSetup, getTownship, listVillages } from '../services/township';
import { login, toSessionUser } from '../services/users';
import { appendAudit } from '../services/audit';
import { APP_VERSION, PRODUCT_NAME_ZH } from '../version';

export const appHandlers: AreaHandlers<'app:info' | 'setup:complete' | 'villages:list' | 'auth:login' | 'auth:logout'> =
  {
    'app:info': (_input, { store, user }) => ({
      productName: PRODUCT_NAME_ZH,
      version: APP_VERSION,
      schemaVersion: store.schemaVersion,
      setupDone: getTownship(store) !== null,
      township: getTownship(store),
      user: user ? toSessionUser(user) : null,
    }),

    'setup:complete': async (input, { store, session }) => {
      const { township, user } = await completeSetup(store, input);
      session.userId = user.id; // the head who just set the station up is logged in
      return { township, villages: input.villages.length, user: toSessionUser(user) };
    },

    'villages:list': (_input, { store }) => listVillages(store),

    'auth:login': async (input, { store, session }) => {
      if (!getTownship(store)) throw new AppError('NOT_SETUP', '请先完成首次设置');
      const user = await login(store, input.username, input.password);
      session.userId = user.id;
      return toSessionUser(user);
    },

    'auth:logout': (_input, ctx) => {
      if (ctx.user) appendAudit(ctx.store, ctx.actor, { action: 'auth.logout' });
      ctx.session.userId = null;
      return {};
    },
  };
