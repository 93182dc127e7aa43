// Shown instead of everything else when the server says DB_DAMAGED (and, from the setup wizard, on a new PC that has
// not been set up). Calm on purpose: the damaged file is kept, the newest backup that passes its check is offered
// first, other backups and a USB stick can be chosen, and after the restore the clerk simply logs in again.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { call } from '@renderer/api/client';
import { FormAlert } from '@renderer/components/FormAlert';
import { leaveSessionNotice } from '@renderer/components/sessionNotice';
import { TextField } from '@renderer/components/TextField';
import type { BackupInfo, ChannelOutput } from '@shared/contract';
import { BackupTable } from './BackupTable';
import { NewestBackup } from './NewestBackup';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import { backupTitle } from './backupFormat';
import './recovery.css';

type Status = ChannelOutput<'recovery:status'>;

type RecoveryPageProps = {
  /** damaged: the server refused the database; empty: a PC not set up yet, reached from the setup wizard. */
  mode: 'damaged' | 'empty';
  /** The server's DB_DAMAGED message, shown until the status arrives. */
  reason?: string;
  /** After a restore (or when the server says the database is fine after all): App asks app:info again. */
  onDone: () => void;
  /** Back to the setup wizard (empty mode only). */
  onBack?: () => void;
};

export function RecoveryPage({ mode, reason, onDone, onBack }: RecoveryPageProps) {
  const [status, setStatus] = useState<Status | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [folder, setFolder] = useState('');
  const [folderError, setFolderError] = useState<string | undefined>();
  const [searching, setSearching] = useState(false);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const load = useCallback(
    async (extraFolder: string) => {
      const result = await call('recovery:status', extraFolder ? { folder: extraFolder } : {});
      if (!result.ok) {
        if (extraFolder) setFolderError(result.error.fields?.folder ?? result.error.message);
        else setLoadError(result.error.message);
        return;
      }
      if (result.value.state === 'ok') {
        onDone();
        return;
      }
      setStatus(result.value);
      setLoadError(null);
      setFolderError(undefined);
    },
    [onDone],
  );

  useEffect(() => {
    void load('');
  }, [load]);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (folder.trim() === '') {
      setFolderError('请填写U盘上存放备份的文件夹，例如 E:\\劳动保障站备份');
      return;
    }
    setSearching(true);
    await load(folder.trim());
    setSearching(false);
  };

  const restore = async () => {
    if (!chosen) return;
    setRestoring(true);
    setRestoreError(null);
    const result = await call('recovery:restore', { file: chosen.file });
    setRestoring(false);
    if (!result.ok) {
      setRestoreError(result.error.message);
      return;
    }
    leaveSessionNotice(result.value.message, 'success');
    onDone();
  };

  const newest = status?.newest ?? null;
  const others = status?.candidates.filter((backup) => backup.file !== newest?.file) ?? [];
  const damaged = mode === 'damaged';
  return (
    <div className="page-with-band">
      <div className="brand-band">劳动保障站实名制台账 · 从备份恢复数据</div>
      <main className="rc-page">
        <section className="card rc-card" aria-labelledby="rc-title">
          <h1 id="rc-title" className="rc-title">
            {damaged ? '数据库文件已损坏，需要从备份恢复' : '从备份恢复本站数据'}
          </h1>
          <FormAlert message={loadError} />
          {status ? (
            <div className="alert alert-info" role="status">
              {status.message}
            </div>
          ) : (
            <p className="muted">{reason ?? '正在查找备份……'}</p>
          )}
          {damaged && status ? (
            <div className="rc-what">
              <h2>发生了什么</h2>
              <p>{status.problem ?? reason}</p>
              <p className="muted">
                数据库文件位置：<span className="rc-path-full">{status.dbPath}</span>
              </p>
            </div>
          ) : null}

          <h2 className="rc-h2">建议恢复的备份</h2>
          {newest ? (
            <NewestBackup backup={newest} onRestore={() => setChosen(newest)} />
          ) : status ? (
            <p className="muted">没有找到能通过校验的备份。如果备份存放在U盘上，请插入U盘，在下面填写文件夹后查找。</p>
          ) : null}

          <h2 className="rc-h2">其他备份</h2>
          {status && others.length === 0 ? <p className="muted">没有其他备份。</p> : null}
          {others.length === 0 ? null : (
            <BackupTable
              label="其他备份"
              backups={others}
              empty="没有其他备份。"
              action={(backup) =>
                backup.verified ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`恢复${backupTitle(backup)}`}
                    onClick={() => setChosen(backup)}
                  >
                    恢复此备份
                  </button>
                ) : null
              }
            />
          )}

          <h2 className="rc-h2">从U盘查找备份</h2>
          <form className="rc-folder" noValidate onSubmit={(event) => void search(event)}>
            <TextField
              id="rc-folder"
              label="备份所在文件夹"
              value={folder}
              error={folderError}
              hint="插入U盘后填写完整路径，例如 E:\劳动保障站备份"
              autoComplete="off"
              onChange={(value) => {
                setFolder(value);
                setFolderError(undefined);
              }}
            />
            <button type="submit" className="btn" disabled={searching}>
              {searching ? '正在查找……' : '查找备份'}
            </button>
          </form>

          {onBack ? (
            <div className="actions">
              <button type="button" className="btn" onClick={onBack}>
                返回首次设置
              </button>
            </div>
          ) : null}
        </section>
      </main>
      {chosen ? (
        <RestoreConfirmDialog
          backup={chosen}
          keptNote={damaged ? '损坏的数据库文件会改名保留，不会删除。' : ''}
          busy={restoring}
          error={restoreError}
          onConfirm={() => void restore()}
          onClose={() => {
            setChosen(null);
            setRestoreError(null);
          }}
        />
      ) : null}
    </div>
  );
}
