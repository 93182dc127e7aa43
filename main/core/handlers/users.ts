import type { AreaHandlers } from '../handler-types';
import { changeOwnPassword, createUser, listUsers, resetPassword, updateUser } from '../services/user-admin';

export const userHandlers: AreaHandlers<
  'users:list' | 'users:create' | 'users:update' | 'users:reset-password' | 'auth:change-password'
> = {
  'users:list': (_input, { store }) => listUsers(store),
  'users:create': (input, { store, actor }) => createUser(store, actor, input),
  'users:update': (input, { store, actor }) => updateUser(store, actor, input),
  'users:reset-password': (input, { store, actor }) => resetPassword(store, actor, input.id, input.password),
  'auth:change-password': (input, { store, actor, user }) =>
    changeOwnPassword(store, actor, user, input.oldPassword, input.newPassword),
};
