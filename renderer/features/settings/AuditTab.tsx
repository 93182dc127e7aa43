// 审计日志 (head): who did what and when, newest first, filtered and paged by the server; each entry opens to show its
// before and after. 校验日志 walks the hash chain, so a row edited or removed outside the program is named.
import { Fragment, useEffect, useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { issuesToFieldErrors, type FieldErrors } from '@renderer/components/fieldErrors';
import {
  channels,
  type AuditListInput,
  type AuditRow,
  type AuditVerifyResult,
  type UserRowView,
} from '@shared/contract';
import { dateTimeText } from '../recovery/backupFormat';
import { AuditDetail } from './AuditDetail';
import { AuditFilters, NO_FILTER, type AuditFilter } from './AuditFilters';
import { targetText } from './auditLabels';
import type { Caller } from './request';

const PAGE_SIZE = 50;

function toInput(filter: AuditFilter): AuditListInput {
  const targetId = filter.targetId.trim();
  return {
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
    ...(filter.userId ? { userId: Number(filter.userId) } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.target ? { target: filter.target } : {}),
    ...(targetId ? { targetId } : {}),
    offset: 0,
    limit: PAGE_SIZE,
  };
}

export function AuditTab({ caller }: { caller: Caller }) {
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [query, setQuery] = useState<AuditListInput>(() => toInput(NO_FILTER));
  const [page, setPage] = useState<{ rows: AuditRow[]; total: number } | null>(null);
  const [users, setUsers] = useState<UserRowView[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const [verified, setVerified] = useState<AuditVerifyResult | null>(null);
  const [verifying, setVerifying] = useState(false);

  useEffect(() => {
    const loadUsers = async () => {
      const result = await caller('users:list', {});
      if (result.ok) setUsers(result.value);
    };
    void loadUsers();
  }, [caller]);

  useEffect(() => {
    let current = true;
    const load = async () => {
      const result = await caller('audit:list', query);
      if (!current) return;
      if (result.ok) {
        setPage(result.value);
        setError(null);
      } else setError(result.error.message);
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller, query]);

  const search = (next: AuditFilter) => {
    const input = toInput(next);
    const parsed = channels['audit:list'].input.safeParse(input);
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    setOpened(new Set());
    setQuery(input);
  };

  const verify = async () => {
    setVerifying(true);
    const result = await caller('audit:verify', {});
    setVerifying(false);
    if (result.ok) setVerified(result.value);
    else setError(result.error.message);
  };

  const toggle = (id: number) =>
    setOpened((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const offset = query.offset ?? 0;
  const total = page?.total ?? 0;
  const shown = page?.rows.length ?? 0;
  return (
    <div>
      <div className="st-toolbar">
        <p className="muted st-toolbar-text">
          每一次登录、修改和备份都记在这里，不能修改或删除。“校验日志”检查记录是否在程序之外被改动过。
        </p>
        <button type="button" className="btn" disabled={verifying} onClick={() => void verify()}>
          {verifying ? '正在校验……' : '校验日志'}
        </button>
      </div>
      {verified ? (
        <div className={`alert ${verified.intact ? 'alert-success' : 'alert-error'}`} role="status">
          <strong>{verified.intact ? '校验结果：完整。' : '校验结果：发现问题。'}</strong>
          {verified.message}
          {verified.problems.length > 0 ? (
            <ul className="st-problems">
              {verified.problems.map((problem) => (
                <li key={`${problem.id}-${problem.kind}`}>{problem.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <AuditFilters
        filter={filter}
        users={users}
        errors={errors}
        onChange={(patch) => setFilter((old) => ({ ...old, ...patch }))}
        onSearch={() => search(filter)}
        onClear={() => {
          setFilter(NO_FILTER);
          search(NO_FILTER);
        }}
      />
      <FormAlert message={error} />
      <table className="rc-table st-audit" aria-label="审计日志">
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">操作人</th>
            <th scope="col">操作</th>
            <th scope="col">对象</th>
            <th scope="col">详情</th>
          </tr>
        </thead>
        <tbody>
          {page && page.rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="rc-empty">
                没有符合条件的记录。
              </td>
            </tr>
          ) : null}
          {page?.rows.map((row) => (
            <Fragment key={row.id}>
              <tr>
                <td className="rc-nowrap">{dateTimeText(row.at)}</td>
                <td>{row.userName}</td>
                <td>{row.actionLabel}</td>
                <td>{targetText(row.target, row.targetId)}</td>
                <td>
                  <button
                    type="button"
                    className="btn-link"
                    aria-expanded={opened.has(row.id)}
                    aria-label={`第 ${row.id} 条详情`}
                    onClick={() => toggle(row.id)}
                  >
                    {opened.has(row.id) ? '收起' : '展开'}
                  </button>
                </td>
              </tr>
              {opened.has(row.id) ? (
                <tr className="st-detail-row">
                  <td colSpan={5}>
                    <AuditDetail detail={row.detail} emptyBefore={row.target === 'setting' ? '（默认值）' : '（空）'} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
      <div className="st-pager">
        <span className="muted" role="status">
          {page ? (total === 0 ? '共 0 条' : `第 ${offset + 1}–${offset + shown} 条，共 ${total} 条`) : '正在加载……'}
        </span>
        <button
          type="button"
          className="btn btn-small"
          disabled={offset === 0}
          onClick={() => setQuery({ ...query, offset: Math.max(0, offset - PAGE_SIZE) })}
        >
          上一页
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={offset + shown >= total}
          onClick={() => setQuery({ ...query, offset: offset + PAGE_SIZE })}
        >
          下一页
        </button>
      </div>
    </div>
  );
}
