// 备份与恢复: the backups the program keeps (daily, on exit, by hand), a backup now or onto a USB stick, and — for the
// head — a restore. The backup is checked again right before the confirm dialog, because the list may be old and a
// USB stick may have been pulled since.
import { useCallback, useEffect, useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { leaveSessionNotice } from '@renderer/components/sessionNotice';
import type { BackupInfo, ChannelOutput } from '@shared/contract';
import { BackupTable } from '../recovery/BackupTable';
import { RestoreConfirmDialog } from '../recovery/RestoreConfirmDialog';
import { backupTitle } from '../recovery/backupFormat';
import { PathAction } from './PathAction';
import type { Caller } from './request';

type Listing = ChannelOutput<'backups:list'>;
type Props = { caller: Caller; canWrite: boolean; isHead: boolean; onLoggedOut: () => void };

export function BackupsTab({ caller, canWrite, isHead, onLoggedOut }: Props) {
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await caller('backups:list', {});
    if (result.ok) setListing(result.value);
    else setError(result.error.message);
  }, [caller]);

  useEffect(() => {
    void load();
  }, [load]);

  /** Returns the field message for a folder the server refused, so the path box can show it. */
  const backUp = async (folder?: string): Promise<string | null> => {
    setBusy(true);
    setDone(null);
    setWarnings(null);
    setError(null);
    const result = await caller('backups:create', folder ? { folder } : {});
    setBusy(false);
    if (!result.ok) {
      if (result.error.fields?.folder) return result.error.fields.folder;
      setError(result.error.message);
      return null;
    }
    const places = result.value.created.map((backup) => backup.folder).join('；');
    setDone(`已备份（${result.value.created.length} 份）：${places}`);
    setWarnings(result.value.problems.join('\n') || null);
    void load();
    return null;
  };

  /** Checks the file now, then asks; a file that fails the check never reaches the confirm dialog. */
  const choose = async (file: string): Promise<string | null> => {
    setError(null);
    const result = await caller('backups:check', { file });
    if (!result.ok) return result.error.fields?.file ?? result.error.message;
    if (!result.value.verified) return `该备份未通过校验，不能用来恢复：${result.value.problem ?? ''}`;
    setRestoreError(null);
    setChosen(result.value);
    return null;
  };

  const restore = async () => {
    if (!chosen) return;
    setBusy(true);
    const result = await caller('backups:restore', { file: chosen.file });
    setBusy(false);
    if (!result.ok) {
      setRestoreError(result.error.message);
      return;
    }
    // the users table is now the backup's: the server has logged this session out
    leaveSessionNotice(result.value.message, 'success');
    onLoggedOut();
  };

  return (
    <div>
      <p className="muted st-lead">
        程序每天自动备份一次，退出时再备份一次，保存在数据文件夹的 backups 中；设置了第二备份文件夹时同时复制一份。
        建议每周把备份存到U盘，和纸质台账一样妥善保管。
      </p>
      <FormAlert message={error} />
      <FormAlert message={done} tone="success" />
      <FormAlert message={warnings} />
      {canWrite ? (
        <div className="st-backup-actions">
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void backUp()}>
            {busy ? '正在备份……' : '立即备份'}
          </button>
          <PathAction
            id="backup-usb-folder"
            label="备份到U盘（文件夹）"
            hint="插入U盘后填写完整路径，例如 E:\ 或 E:\劳动保障站备份"
            button="备份到U盘"
            busy={busy}
            onSubmit={backUp}
          />
        </div>
      ) : null}

      <h2 className="st-h2">已有的备份</h2>
      {listing ? (
        <ul className="st-folders">
          {listing.folders.map((entry) => (
            <li key={entry.folder}>
              {entry.label}：<span className="rc-path-full">{entry.folder}</span>
              {entry.available ? null : <span className="rc-bad">（找不到该文件夹，U盘可能未插入）</span>}
            </li>
          ))}
        </ul>
      ) : null}
      <BackupTable
        label="备份列表"
        backups={listing?.backups ?? []}
        folders={listing?.folders ?? []}
        empty={listing ? '还没有备份。请点“立即备份”。' : '正在加载……'}
        {...(isHead
          ? {
              action: (backup: BackupInfo) =>
                backup.verified ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`恢复${backupTitle(backup)}`}
                    onClick={() => void choose(backup.file).then((problem) => setError(problem))}
                  >
                    恢复
                  </button>
                ) : null,
            }
          : {})}
      />

      {isHead ? (
        <div className="st-other-file">
          <h2 className="st-h2">从其他位置的备份文件恢复</h2>
          <PathAction
            id="restore-file"
            label="备份文件"
            hint="例如 E:\劳动保障站备份\labour-station-20250305-143000-manual.sqlite"
            button="校验并恢复"
            busy={busy}
            onSubmit={choose}
          />
        </div>
      ) : null}

      {chosen ? (
        <RestoreConfirmDialog
          backup={chosen}
          keptNote="现在的数据会先自动另存为一份“恢复前保留的原数据”备份。"
          busy={busy}
          error={restoreError}
          onConfirm={() => void restore()}
          onClose={() => setChosen(null)}
        />
      ) : null}
    </div>
  );
}
