// 用户管理 (head only): who may log in at this PC, in which role, whether they see full ID numbers; new users, edits,
// unlocking after five wrong passwords, and resetting a forgotten password.
import { useCallback, useEffect, useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { ROLE_LABELS, type UserRowView } from '@shared/contract';
import type { Caller } from './request';
import { ResetPasswordDialog, UserDialog } from './UserDialog';
import { fullIdText, isLocked, lastLoginText, userStatusText } from './userFormat';

type Open = { kind: 'new' } | { kind: 'edit'; user: UserRowView } | { kind: 'reset'; user: UserRowView } | null;

export function UsersTab({ caller, selfId }: { caller: Caller; selfId: number }) {
  const [users, setUsers] = useState<UserRowView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [now, setNow] = useState(() => Date.now());

  const load = useCallback(async () => {
    const result = await caller('users:list', {});
    setNow(Date.now());
    if (result.ok) setUsers(result.value);
    else setError(result.error.message);
  }, [caller]);

  useEffect(() => {
    void load();
  }, [load]);

  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
    setError(null);
    void load();
  };

  const unlock = async (user: UserRowView) => {
    setNotice(null);
    const result = await caller('users:update', { id: user.id, unlock: true });
    if (result.ok) done(`已解锁 ${user.displayName}（${user.username}），可以重新登录。`);
    else setError(result.error.message);
  };

  return (
    <div>
      <div className="st-toolbar">
        <p className="muted st-toolbar-text">
          负责人管理本站的登录账号。经办人可以登记和修改数据，只读账号只能查看；负责人总能看到完整身份证号。
        </p>
        <button type="button" className="btn btn-primary" onClick={() => setOpen({ kind: 'new' })}>
          新增用户
        </button>
      </div>
      <FormAlert message={error} />
      <FormAlert message={notice} tone="success" />
      <table className="rc-table st-users" aria-label="用户列表">
        <thead>
          <tr>
            <th scope="col">登录名</th>
            <th scope="col">姓名</th>
            <th scope="col">角色</th>
            <th scope="col">可看完整身份证号</th>
            <th scope="col">状态</th>
            <th scope="col">最近登录</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {users === null ? (
            <tr>
              <td colSpan={7} className="rc-empty">
                正在加载……
              </td>
            </tr>
          ) : null}
          {users?.map((user) => (
            <tr key={user.id} className={user.active ? undefined : 'st-inactive'}>
              <td>{user.username}</td>
              <td>
                {user.displayName}
                {user.id === selfId ? <span className="muted">（本人）</span> : null}
              </td>
              <td>{ROLE_LABELS[user.role]}</td>
              <td>{fullIdText(user)}</td>
              <td className={isLocked(user, now) ? 'rc-bad' : undefined}>{userStatusText(user, now)}</td>
              <td className="rc-nowrap">{lastLoginText(user)}</td>
              <td className="st-row-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`修改 ${user.displayName}`}
                  onClick={() => setOpen({ kind: 'edit', user })}
                >
                  修改
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={`重置 ${user.displayName} 的密码`}
                  onClick={() => setOpen({ kind: 'reset', user })}
                >
                  重置密码
                </button>
                {isLocked(user, now) ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`解锁 ${user.displayName}`}
                    onClick={() => void unlock(user)}
                  >
                    解锁
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open?.kind === 'new' ? <UserDialog caller={caller} onClose={() => setOpen(null)} onDone={done} /> : null}
      {open?.kind === 'edit' ? (
        <UserDialog caller={caller} user={open.user} onClose={() => setOpen(null)} onDone={done} />
      ) : null}
      {open?.kind === 'reset' ? (
        <ResetPasswordDialog caller={caller} user={open.user} onClose={() => setOpen(null)} onDone={done} />
      ) : null}
    </div>
  );
}
