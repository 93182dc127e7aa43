// How a backup reads to the clerk: China time (the backup's name is China time too), a size in KB/MB, the kind in
// words. Shared by the recovery page and 设置 → 备份与恢复.
import { BACKUP_KIND_LABELS, type BackupInfo } from '@shared/contract';
import { chinaTimestamp } from '@shared/domain/dates';

/** 2025-03-05 14:30 */
export function dateTimeText(ms: number | null): string {
  return ms === null ? '' : chinaTimestamp(ms).slice(0, 16).replace('T', ' ');
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file named by hand has no kind: it is still a backup the clerk may restore. */
export function kindText(backup: BackupInfo): string {
  return backup.kind ? BACKUP_KIND_LABELS[backup.kind] : '其他备份文件';
}

/** "2025-03-05 14:30 的备份" or the file name when the time is unknown. */
export function backupTitle(backup: BackupInfo): string {
  return backup.at === null ? backup.name : `${dateTimeText(backup.at)} 的备份`;
}
