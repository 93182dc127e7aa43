// The list of backups, as both the recovery page and 设置 → 备份与恢复 show it. A backup that fails its check says
// why in words, so the clerk does not pick it and is not surprised when it is refused.
import type { ReactNode } from 'react';
import type { BackupInfo } from '@shared/contract';
import { dateTimeText, kindText, sizeText } from './backupFormat';
import './recovery.css';

type Folder = { folder: string; label: string };

type BackupTableProps = {
  label: string;
  backups: readonly BackupInfo[];
  /** Known folders, to say 数据文件夹 instead of a long path. */
  folders?: readonly Folder[];
  /** The last column (恢复此备份…); none when the viewer may not act. */
  action?: (backup: BackupInfo) => ReactNode;
  empty: string;
};

export function BackupTable({ label, backups, folders = [], action, empty }: BackupTableProps) {
  const folderLabel = (folder: string) => folders.find((entry) => entry.folder === folder)?.label;
  return (
    <table className="rc-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">备份时间</th>
          <th scope="col">类型</th>
          <th scope="col">乡镇（人数）</th>
          <th scope="col" className="num">
            大小
          </th>
          <th scope="col">位置</th>
          <th scope="col">校验</th>
          {action ? <th scope="col">操作</th> : null}
        </tr>
      </thead>
      <tbody>
        {backups.length === 0 ? (
          <tr>
            <td colSpan={action ? 7 : 6} className="rc-empty">
              {empty}
            </td>
          </tr>
        ) : null}
        {backups.map((backup) => (
          <tr key={backup.file}>
            <td className="rc-nowrap">{backup.at === null ? backup.name : dateTimeText(backup.at)}</td>
            <td className="rc-nowrap">{kindText(backup)}</td>
            <td>{backup.township ? `${backup.township}（${backup.persons ?? 0} 人）` : ''}</td>
            <td className="num">{sizeText(backup.sizeBytes)}</td>
            <td className="rc-path" title={backup.file}>
              {folderLabel(backup.folder) ?? backup.folder}
            </td>
            <td>
              {backup.verified ? (
                <span className="rc-ok">✓ 通过</span>
              ) : (
                <span className="rc-bad">✗ {backup.problem ?? '未通过'}</span>
              )}
            </td>
            {action ? <td className="rc-nowrap">{action(backup)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
