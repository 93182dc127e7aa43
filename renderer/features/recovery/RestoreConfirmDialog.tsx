// The last look before a restore: which backup (date, township, number of persons), and what happens to the data
// there now. A restore replaces everything typed in after the backup, so the clerk confirms with the facts in view.
import { Dialog } from '@renderer/components/Dialog';
import { FormAlert } from '@renderer/components/FormAlert';
import type { BackupInfo } from '@shared/contract';
import { backupTitle, dateTimeText, kindText } from './backupFormat';

type RestoreConfirmDialogProps = {
  backup: BackupInfo;
  /** What becomes of the current database, in words. */
  keptNote: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
};

export function RestoreConfirmDialog({ backup, keptNote, busy, error, onConfirm, onClose }: RestoreConfirmDialogProps) {
  return (
    <Dialog title="确认从备份恢复" onClose={busy ? () => undefined : onClose} width={560}>
      <FormAlert message={error} />
      <p>将用下面这份备份替换本机现在的数据：</p>
      <dl className="rc-facts">
        <dt>备份时间</dt>
        <dd>{backup.at === null ? '（文件名中没有时间）' : dateTimeText(backup.at)}</dd>
        <dt>乡镇（街道）</dt>
        <dd>{backup.township ?? '（未知）'}</dd>
        <dt>人员</dt>
        <dd>{backup.persons ?? 0} 人</dd>
        <dt>类型</dt>
        <dd>{kindText(backup)}</dd>
        <dt>文件</dt>
        <dd className="rc-path-full">{backup.file}</dd>
      </dl>
      <div className="alert alert-info" role="note">
        {backupTitle(backup)}之后录入或修改的内容不在备份中，恢复后需要重新录入。
        {keptNote}恢复完成后请重新登录。
      </div>
      <div className="actions">
        {/* the cursor starts on 取消: Enter pressed out of habit must not replace the data */}
        <button type="button" className="btn" onClick={onClose} disabled={busy} data-autofocus>
          取消
        </button>
        <button type="button" className="btn btn-primary" onClick={onConfirm} disabled={busy}>
          {busy ? '正在恢复……' : '确认恢复'}
        </button>
      </div>
    </Dialog>
  );
}
