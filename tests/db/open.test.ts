import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@core/db/open';
import { loadMigrations, migrate } from '@core/db/migrate';
import { AppError } from '@shared/contract';
import { MIGRATIONS_DIR, tempDbPath } from '../helpers/core';

describe('opening the database', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on every open, also on reopen', () => {
    const file = tempDbPath();
    for (let round = 0; round < 2; round++) {
      const { sqlite } = openDatabase(file, { migrationsDir: MIGRATIONS_DIR });
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 = FULL: better-sqlite3 would otherwise reopen a WAL database at NORMAL
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
      sqlite.close();
    }
  });

  it('refuses a database made by a newer program, without touching it', () => {
    const file = tempDbPath();
    openDatabase(file, { migrationsDir: MIGRATIONS_DIR }).sqlite.close();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file, { migrationsDir: MIGRATIONS_DIR })).toThrowError(/更新版本的程序创建/);
    try {
      openDatabase(file, { migrationsDir: MIGRATIONS_DIR });
    } catch (error) {
      expect((error as AppError).code).toBe('DB_TOO_NEW');
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a damaged file before opening it for writing', () => {
    const file = tempDbPath();
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    expect(() => openDatabase(file, { migrationsDir: MIGRATIONS_DIR })).toThrowError(/数据库文件已损坏/);
  });

  it('refuses an edited old migration (migrations are append-only)', () => {
    const file = tempDbPath();
    openDatabase(file, { migrationsDir: MIGRATIONS_DIR }).sqlite.close();
    const raw = new Database(file);
    raw.prepare("update schema_migrations set hash = 'edited' where version = 1").run();
    raw.close();
    expect(() => openDatabase(file, { migrationsDir: MIGRATIONS_DIR })).toThrowError(/不一致/);
  });

  it('migrates with foreign keys off so a table rebuild cannot delete cascaded rows, and checks them after', () => {
    const sqlite = new Database(':memory:');
    sqlite.pragma('foreign_keys = ON');
    sqlite.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY);
      CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id) ON DELETE CASCADE);
      INSERT INTO parent VALUES (1); INSERT INTO child VALUES (10, 1);`);
    // the shape of a drizzle-kit table rebuild
    const rebuild = {
      tag: 'rebuild_parent',
      hash: 'h1',
      statements: [
        'CREATE TABLE __new_parent (id INTEGER PRIMARY KEY, name TEXT)',
        'INSERT INTO __new_parent (id) SELECT id FROM parent',
        'DROP TABLE parent',
        'ALTER TABLE __new_parent RENAME TO parent',
      ],
    };
    migrate(sqlite, [rebuild]);
    expect(sqlite.prepare('select count(*) n from child').get()).toEqual({ n: 1 });
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);

    const orphaning = { tag: 'orphan', hash: 'h2', statements: ['DELETE FROM parent'] };
    expect(() => migrate(sqlite, [rebuild, orphaning])).toThrowError(/关联错误/);
    expect(sqlite.prepare('select count(*) n from parent').get()).toEqual({ n: 1 });
    expect(sqlite.pragma('user_version', { simple: true })).toBe(1);
  });

  it('keeps the audit log and the change history append-only', () => {
    const { sqlite } = openDatabase(':memory:', { migrationsDir: MIGRATIONS_DIR });
    sqlite
      .prepare("insert into audit_log (at, user_name, action, prev_hash, hash) values (1, 'x', 'test', 'a', 'b')")
      .run();
    expect(() => sqlite.prepare("update audit_log set action = 'forged'").run()).toThrowError(/只能追加/);
    expect(() => sqlite.prepare('delete from audit_log').run()).toThrowError(/只能追加/);
    expect(loadMigrations(MIGRATIONS_DIR).length).toBeGreaterThanOrEqual(2);
  });
});
