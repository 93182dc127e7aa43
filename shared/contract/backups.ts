import { z } from 'zod';
import { channel } from './define';
import { emptyInput } from './common';

export const BACKUP_KINDS = ['daily', 'exit', 'manual', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  daily: '每日自动备份',
  exit: '退出时自动备份',
  manual: '手动备份',
  'before-restore': '恢复前保留的原数据',
};

/** A path the clerk picked in a folder or file dialog; core checks that it exists. */
const chosenPath = (label: string) =>
  z
    .string({ error: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .max(260, `${label}路径过长（Windows 限 260 个字符）`);

export const backupInfo = z.object({
  file: z.string(),
  folder: z.string(),
  name: z.string(),
  /** When it was taken (from the file name, China time); null for a file named by hand. */
  at: z.number().nullable(),
  kind: z.enum(BACKUP_KINDS).nullable(),
  sizeBytes: z.number().int(),
  /** integrity_check passed and the schema is not newer than this program's. */
  verified: z.boolean(),
  /** Why it did not verify, in Chinese. */
  problem: z.string().nullable(),
  schemaVersion: z.number().int().nullable(),
  township: z.string().nullable(),
  persons: z.number().int().nullable(),
  /** The audit key travels with the backup (see services/backup.ts) so a restore on a new PC can verify the log. */
  hasAuditKey: z.boolean(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

const backupFolder = z.object({
  folder: z.string(),
  label: z.string(),
  /** The folder exists (a USB stick may be unplugged). */
  available: z.boolean(),
});

const restoreOutcome = z.object({
  restoredFrom: backupInfo,
  /** The database as it was before the restore, kept as a backup; null when there was nothing to keep. */
  keptAs: z.string().nullable(),
  /** restored: the backup's key came with it; kept: same key as before; missing: the log cannot be verified. */
  auditKey: z.enum(['restored', 'kept', 'missing']),
  message: z.string(),
});

export const RECOVERY_STATES = ['ok', 'empty', 'damaged'] as const;

export const backupChannels = {
  'backups:list': channel({
    title: '备份列表',
    access: 'read',
    input: emptyInput,
    output: z.object({ folders: z.array(backupFolder), backups: z.array(backupInfo) }),
  }),
  'backups:create': channel({
    title: '立即备份',
    access: 'write',
    // no folder: the data folder and the second folder of the settings; a folder: 备份到U盘 (only there)
    input: z.object({ folder: chosenPath('备份文件夹').optional() }),
    output: z.object({ created: z.array(backupInfo), problems: z.array(z.string()) }),
  }),
  'backups:check': channel({
    title: '校验备份文件',
    access: 'head',
    input: z.object({ file: chosenPath('备份文件') }),
    output: backupInfo,
  }),
  'backups:restore': channel({
    title: '从备份恢复',
    access: 'head',
    input: z.object({ file: chosenPath('备份文件') }),
    output: restoreOutcome,
  }),
  // Public: when the database is damaged (or brand new) nobody can log in, yet the clerk must be able to recover.
  'recovery:status': channel({
    title: '数据库状态与可用备份',
    access: 'public',
    input: z.object({ folder: chosenPath('备份文件夹').optional() }),
    output: z.object({
      state: z.enum(RECOVERY_STATES),
      message: z.string(),
      dbPath: z.string(),
      problem: z.string().nullable(),
      candidates: z.array(backupInfo),
      newest: backupInfo.nullable(),
    }),
  }),
  'recovery:restore': channel({
    title: '从备份恢复数据库',
    access: 'public',
    // no file: the newest backup that verifies
    input: z.object({ file: chosenPath('备份文件').optional() }),
    output: restoreOutcome,
  }),
} as const;
