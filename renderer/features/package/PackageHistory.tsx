// 报送记录: every package made, newest first, with the county's verdict. Marking one accepted matters beyond the
// record: the next quarter's change flags (A/U/N/D) compare with the last accepted package.
import { useCallback, useEffect, useState } from 'react';
import type { PackageEntry } from '@shared/contract';
import { copyText } from '@renderer/components/copyText';
import { FormAlert } from '@renderer/components/FormAlert';
import type { Caller } from '@renderer/components/useCaller';
import { MarkDialog, type MarkTarget } from './MarkDialog';
import { STATUS_LABELS, countItems, timeText } from './format';

type PackageHistoryProps = { caller: Caller; canWrite: boolean; reloadKey: number };

const STATUS_BADGE: Record<PackageEntry['status'], string> = {
  made: 'pkg-badge',
  accepted: 'pkg-badge pkg-badge-green',
  returned: 'pkg-badge pkg-badge-red',
};

export function PackageHistory({ caller, canWrite, reloadKey }: PackageHistoryProps) {
  const [entries, setEntries] = useState<PackageEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [marking, setMarking] = useState<MarkTarget | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await caller('packages:list', {});
    if (result.ok) setEntries(result.value);
    else setError(result.error.message);
  }, [caller]);

  useEffect(() => {
    void load();
  }, [load, reloadKey]);

  const copySha = (entry: PackageEntry) =>
    setCopied(copyText(entry.sha256) ? `已复制 ${entry.fileName} 的 SHA-256 校验码` : '复制失败，请重试');

  return (
    <section className="card section package-history" aria-labelledby="package-history-title">
      <h2 id="package-history-title">报送记录</h2>
      <FormAlert message={error} />
      {entries === null ? <p className="muted">正在读取……</p> : null}
      {entries?.length === 0 ? <p className="muted">还没有生成过报送包。</p> : null}
      {entries && entries.length > 0 ? (
        <table className="package-table history-table">
          <thead>
            <tr>
              <th scope="col">文件名</th>
              <th scope="col">版本</th>
              <th scope="col">生成时间 / 经办人</th>
              <th scope="col">记录数</th>
              <th scope="col">SHA-256</th>
              <th scope="col">县局审核</th>
              {canWrite ? <th scope="col">操作</th> : null}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="mono">{entry.fileName}</td>
                <td className="nowrap">第 {entry.revision} 版</td>
                <td>
                  {timeText(entry.madeAt)}
                  <br />
                  <span className="muted">
                    经办人 {entry.operator}
                    {entry.madeByName && entry.madeByName !== entry.operator ? `（${entry.madeByName}操作）` : ''}
                  </span>
                </td>
                <td className="counts">
                  {/* one item never breaks across lines: "援助记录 0", not "援助记录 / 0" */}
                  {countItems(entry.counts).map((item) => (
                    <span key={item} className="count-item">
                      {item}
                    </span>
                  ))}
                </td>
                <td className="nowrap">
                  <span className="mono" title={entry.sha256}>
                    {entry.sha256.slice(0, 12)}…
                  </span>{' '}
                  <button
                    type="button"
                    className="btn btn-small btn-link"
                    aria-label={`复制 ${entry.fileName} 的 SHA-256`}
                    onClick={() => copySha(entry)}
                  >
                    复制
                  </button>
                </td>
                <td>
                  <span className={STATUS_BADGE[entry.status]}>{STATUS_LABELS[entry.status]}</span>
                  {entry.decidedAt ? <div className="muted">{timeText(entry.decidedAt)}</div> : null}
                  {entry.note ? <div className="note">{entry.note}</div> : null}
                </td>
                {canWrite ? (
                  <td className="history-actions">
                    {entry.status !== 'accepted' ? (
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => setMarking({ entry, status: 'accepted' })}
                      >
                        标记为已接收
                      </button>
                    ) : null}
                    {entry.status !== 'returned' ? (
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => setMarking({ entry, status: 'returned' })}
                      >
                        标记为退回
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p role="status" className="muted">
        {copied}
      </p>
      {marking ? (
        <MarkDialog
          caller={caller}
          target={marking}
          onClose={() => setMarking(null)}
          onDone={() => {
            setMarking(null);
            void load();
          }}
        />
      ) : null}
    </section>
  );
}
