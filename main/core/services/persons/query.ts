import type { z } from 'zod';
import type { ChannelOutput, PersonDetail, PersonListInput, PersonRow } from '@shared/contract';
import { personListInput } from '@shared/contract';
import { addDays, type IsoDate } from '@shared/domain/dates';
import { ageAt, maskIdNumber } from '@shared/domain/id-number';
import type { Store } from '../../context';
import { getSetting } from '../settings';
import { today } from './validate';

type Raw = Record<string, unknown> & {
  id: number;
  id_number: string;
  birth_date: string;
  status: string;
  last_contact_on: string | null;
};

const SORT_COLUMNS: Record<string, string> = {
  name: 'p.name',
  idNumber: 'p.id_number',
  villageName: 'v.name',
  status: 'p.status',
  registeredOn: 'p.registered_on',
  age: 'p.birth_date',
  lastContactOn: 'p.last_contact_on',
  id: 'p.id',
};

const REGISTER_WHERE: Record<string, string | null> = {
  all: null,
  unemployed: 'p.registered_on IS NOT NULL',
  difficulty: "p.difficulty IS NOT NULL AND p.difficulty <> '' AND p.difficulty_exit_on IS NULL",
  disabled: 'p.disability_cert IS NOT NULL',
};

/**
 * Whether typed letters can be the start of a full spelling without being the start of the initials. Every syllable
 * of a Chinese name has a vowel (ü typed as v) after at most zh/ch/sh, and a Latin letter in a name is its own
 * syllable, so letters without a vowel that do not end in zh/ch/sh (`zs`, `wjg`) can only be initials: their search
 * stays a range on the initials index instead of a scan of every spelling.
 */
function maySpell(letters: string): boolean {
  return /[aeiouv]/.test(letters) || /[zcs]h$/.test(letters);
}

/**
 * The search box finds by name (汉字), by pinyin initials or spelling (`zs` → 张三), or by any part of the ID number.
 * A fragment (`%…%`) cannot use an index as a range, so the name and ID forms first scan the small index that holds
 * the column and its rowid, and read only the matching persons: a tenth of a scan of the whole table.
 */
function searchClause(search: string, params: unknown[]): string {
  const text = search.trim();
  if (/^\d{3,17}[\dXx]?$/.test(text)) {
    params.push(text.toUpperCase());
    // `deleted_at IS NULL` lets the partial index persons_id_number_unique serve, as it holds every live ID number;
    // instr() is LIKE '%…%' for digits and an upper-case X at half the cost, as it has no case folding to do
    return 'p.id IN (SELECT id FROM persons WHERE deleted_at IS NULL AND instr(id_number, ?) > 0)';
  }
  if (/^[A-Za-z]+$/.test(text)) {
    const lower = text.toLowerCase();
    // ranges rather than LIKE 'zs%': the initials range uses persons_initials_idx (both columns are lower-case a–z)
    params.push(lower, `${lower}\uffff`);
    if (!maySpell(lower)) return '(p.name_initials >= ? AND p.name_initials < ?)';
    params.push(lower, `${lower}\uffff`);
    return '((p.name_initials >= ? AND p.name_initials < ?) OR (p.name_pinyin >= ? AND p.name_pinyin < ?))';
  }
  params.push(`%${text}%`);
  return 'p.id IN (SELECT id FROM persons WHERE name LIKE ?)';
}

export type ListQuery = { countSql: string; pageSql: string; params: unknown[]; pageParams: unknown[] };

/**
 * The SQL of a register view. Exported for tests/db/query-plans.test.ts, which holds each filter to its index.
 *
 * Live rows are `+p.deleted_at IS NULL`: the unary plus keeps SQLite from taking the condition as a match for the
 * partial index persons_id_number_unique (WHERE deleted_at IS NULL) and walking it with one lookup per person in
 * ID-number order — 100,000 random reads, ten times a plain scan, for the difficulty register, a name search or a
 * list sorted by village. Only the unfiltered count keeps the plain form, which that index answers on its own.
 */
export function listQuery(input: z.output<typeof personListInput>, dueBefore: IsoDate): ListQuery {
  const params: unknown[] = [];
  const where: string[] = [];
  const register = REGISTER_WHERE[input.register];
  if (register) where.push(register);
  if (input.search) where.push(searchClause(input.search, params));
  if (input.villageCode) {
    where.push('p.village_code = ?');
    params.push(input.villageCode);
  }
  if (input.status) {
    where.push('p.status = ?');
    params.push(input.status);
  }
  if (input.followUpDue) {
    // no contact yet: the clock runs from the registration
    where.push("p.status = '1' AND coalesce(p.last_contact_on, p.registered_on) < ?");
    params.push(dueBefore);
  }
  const whereSql = ['+p.deleted_at IS NULL', ...where].join(' AND ');
  const sort = input.sort ?? { field: 'id', dir: 'desc' };
  const direction = sort.field === 'age' ? (sort.dir === 'asc' ? 'DESC' : 'ASC') : sort.dir.toUpperCase();
  const orderSql = `${SORT_COLUMNS[sort.field]} ${direction} NULLS LAST, p.id DESC`;
  return {
    countSql: `SELECT count(*) AS n FROM persons p WHERE ${where.length === 0 ? 'p.deleted_at IS NULL' : whereSql}`,
    pageSql: `SELECT p.*, v.name AS village_name FROM persons p LEFT JOIN villages v ON v.code = p.village_code
       WHERE ${whereSql} ORDER BY ${orderSql} LIMIT ? OFFSET ?`,
    params,
    pageParams: [...params, input.limit, input.offset],
  };
}

export function listPersons(
  store: Store,
  rawInput: PersonListInput,
  canViewFullId: boolean,
): ChannelOutput<'persons:list'> {
  const input = personListInput.parse(rawInput);
  const dueBefore = followUpThreshold(store);
  const query = listQuery(input, dueBefore);
  const total = (store.sqlite.prepare(query.countSql).get(...query.params) as { n: number }).n;
  const rows = store.sqlite.prepare(query.pageSql).all(...query.pageParams) as Raw[];
  const now = today(store);
  return { rows: rows.map((row) => toRow(row, now, dueBefore, canViewFullId)), total };
}

function followUpThreshold(store: Store): IsoDate {
  return addDays(today(store), -getSetting(store, 'followUpDays'));
}

function toRow(row: Raw, now: IsoDate, dueBefore: IsoDate, canViewFullId: boolean): PersonRow {
  const text = (key: string) => (row[key] as string | null) ?? null;
  return {
    id: row.id,
    idNumber: canViewFullId ? row.id_number : maskIdNumber(row.id_number),
    name: row.name as string,
    sex: row.sex as string,
    birthDate: row.birth_date,
    age: ageAt(row.birth_date, now),
    villageCode: text('village_code'),
    villageName: text('village_name'),
    phone: text('phone'),
    status: row.status,
    registeredOn: text('registered_on'),
    employedOn: text('employed_on'),
    cancelledOn: text('cancelled_on'),
    difficulty: text('difficulty_exit_on') ? null : text('difficulty'),
    difficultyOn: text('difficulty_on'),
    disabilityCert: maskCert(text('disability_cert'), canViewFullId),
    disabilityCategory: text('disability_category'),
    disabilityGrade: text('disability_grade'),
    lastContactOn: row.last_contact_on,
    followUpDue: row.status === '1' && (row.last_contact_on ?? (row.registered_on as string | null) ?? '') < dueBefore,
    version: row.version as number,
  };
}

/** The certificate number holds the ID number: masked the same way, category and grade stay readable. */
function maskCert(cert: string | null, canViewFullId: boolean): string | null {
  if (!cert || canViewFullId) return cert;
  return maskIdNumber(cert.slice(0, 18)) + cert.slice(18);
}

export function getPerson(store: Store, id: number, canViewFullId: boolean): PersonDetail | null {
  const row = store.sqlite
    .prepare(
      `SELECT p.*, v.name AS village_name, u.display_name AS updated_by_name FROM persons p
       LEFT JOIN villages v ON v.code = p.village_code LEFT JOIN users u ON u.id = p.updated_by
       WHERE p.id = ? AND p.deleted_at IS NULL`,
    )
    .get(id) as Raw | undefined;
  if (!row) return null;
  const now = today(store);
  const text = (key: string) => (row[key] as string | null) ?? null;
  const flag = (key: string) => row[key] === 1;
  return {
    ...toRow(row, now, followUpThreshold(store), canViewFullId),
    difficulty: text('difficulty'),
    idMasked: !canViewFullId,
    ethnicity: text('ethnicity'),
    education: text('education'),
    hukouType: text('hukou_type'),
    address: text('address'),
    unemploymentReason: text('unemployment_reason'),
    jobWish: text('job_wish'),
    trainingWish: text('training_wish'),
    skills: text('skills'),
    employmentCardNo: text('employment_card_no'),
    employmentType: text('employment_type'),
    employer: text('employer'),
    cancelReason: text('cancel_reason'),
    cancelNote: text('cancel_note'),
    difficultyExitOn: text('difficulty_exit_on'),
    difficultyExitReason: text('difficulty_exit_reason'),
    lowIncome: flag('low_income'),
    landLost: flag('land_lost'),
    povertyMonitored: flag('poverty_monitored'),
    releasedOrRehab: flag('released_or_rehab'),
    placementWish: text('placement_wish'),
    notes: text('notes'),
    createdAt: row.created_at as number,
    updatedAt: row.updated_at as number,
    updatedByName: text('updated_by_name'),
  };
}
