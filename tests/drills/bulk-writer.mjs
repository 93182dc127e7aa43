// A stand-in for the importer, for the drills: writes batches of persons the way an import must — every row, its
// change history and one audit entry in ONE immediate transaction, on a connection opened like the app's (WAL,
// synchronous=FULL, foreign keys, busy timeout). Plain Node and better-sqlite3, so 50 drill runs do not pay for
// TypeScript start-up 50 times.
//
//   node tests/drills/bulk-writer.mjs --db FILE --tag T [--rows 2000] [--batches 1] [--pause 0] [--offset 0] [--linger]
//
// Prints `begin T:b` just before each transaction and `committed T:b` after each commit. With --linger it then waits
// to be killed, so a drill can kill it at any moment, before or after the commit, and always with -9.
import fs from 'node:fs';
import { createHmac } from 'node:crypto';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    tag: { type: 'string', default: 'drill' },
    rows: { type: 'string', default: '2000' },
    batches: { type: 'string', default: '1' },
    pause: { type: 'string', default: '0' },
    offset: { type: 'string', default: '0' },
    linger: { type: 'boolean', default: false },
  },
  strict: true,
});
if (!values.db) {
  console.error('--db is required');
  process.exit(2);
}
const rows = Number(values.rows);
const batches = Number(values.batches);
const pause = Number(values.pause);
const offset = Number(values.offset);

const db = new Database(values.db);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
const key = Buffer.from(fs.readFileSync(`${values.db}.audit-key`, 'utf8').trim(), 'hex');

// GB 11643 check digit, so the rows look like what an import accepts
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idNumber(k) {
  const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(k / 999) * 86_400_000).toISOString().slice(0, 10);
  const first17 = `431025${birth.replace(/-/g, '')}${String((k % 999) + 1).padStart(3, '0')}`;
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i], 0);
  return { id: first17 + '10X98765432'[sum % 11], birth, sex: (k % 999) % 2 === 0 ? '1' : '2' };
}

// The same chain as main/core/services/audit.ts (auditHash): the drill's verify step proves they agree.
function auditHash(prevHash, row) {
  const content = JSON.stringify([
    prevHash,
    row.at,
    row.userId,
    row.userName,
    row.action,
    row.target,
    row.targetId,
    row.detail,
  ]);
  return createHmac('sha256', key).update(content).digest('hex');
}

const insertPerson = db.prepare(
  `INSERT INTO persons (id_number, name, sex, birth_date, registered_on, notes, name_initials, name_pinyin, created_at, updated_at)
   VALUES (?, ?, ?, ?, '2026-03-02', ?, 'dr', 'drill', ?, ?) RETURNING *`,
);
const insertChange = db.prepare(
  `INSERT INTO change_log (entity, entity_id, version, op, at, user_id, user_name, source, before, after)
   VALUES ('person', ?, 1, 'create', ?, NULL, '演练', 'import', NULL, ?)`,
);
const lastHash = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck();
const insertAudit = db.prepare(
  `INSERT INTO audit_log (at, user_id, user_name, action, target, target_id, detail, prev_hash, hash)
   VALUES (@at, @userId, @userName, @action, @target, @targetId, @detail, @prevHash, @hash)`,
);

const writeBatch = db.transaction((batch) => {
  const note = `drill:${values.tag}:${batch}`;
  const now = Date.now();
  for (let i = 0; i < rows; i++) {
    const person = idNumber(offset + batch * rows + i);
    const row = insertPerson.get(person.id, '演练人员', person.sex, person.birth, note, now, now);
    insertChange.run(row.id, now, JSON.stringify(row));
  }
  const entry = {
    at: now,
    userId: null,
    userName: '演练',
    action: 'import.persons',
    target: 'batch',
    targetId: note,
    detail: JSON.stringify({ rows }),
  };
  const prevHash = lastHash.get() ?? '0'.repeat(64);
  insertAudit.run({ ...entry, prevHash, hash: auditHash(prevHash, entry) });
});

for (let batch = 0; batch < batches; batch++) {
  process.stdout.write(`begin ${values.tag}:${batch}\n`);
  writeBatch.immediate(batch);
  process.stdout.write(`committed ${values.tag}:${batch}\n`);
  if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
}
if (values.linger) globalThis.setInterval(() => {}, 60_000);
else db.close();
