// The backup the recovery page recommends: the newest one that passes its check, with the facts a clerk compares
// against memory ("that was yesterday afternoon, 812 persons") before pressing the one button.
import type { BackupInfo } from '@shared/contract';
import { dateTimeText, kindText, sizeText } from './backupFormat';

export function NewestBackup({ backup, onRestore }: { backup: BackupInfo; onRestore: () => void }) {
  return (
    <div className="rc-newest" aria-label="建议恢复的备份" role="group">
      <dl className="rc-facts">
        <dt>备份时间</dt>
        <dd className="rc-strong">{backup.at === null ? backup.name : dateTimeText(backup.at)}</dd>
        <dt>乡镇（街道）</dt>
        <dd>{backup.township ?? '（未知）'}</dd>
        <dt>人员</dt>
        <dd>{backup.persons ?? 0} 人</dd>
        <dt>类型、大小</dt>
        <dd>
          {kindText(backup)}，{sizeText(backup.sizeBytes)}
        </dd>
        <dt>位置</dt>
        <dd className="rc-path-full">{backup.folder}</dd>
      </dl>
      <button type="button" className="btn btn-primary rc-restore" onClick={onRestore} autoFocus>
        恢复此备份
      </button>
    </div>
  );
}
