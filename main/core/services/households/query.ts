import { inArray } from 'drizzle-orm';
import type { ChannelArgs, ChannelOutput, HouseholdDetail, HouseholdRow } from '@shared/contract';
import { RELATION, HOUSEHOLD_STAGE, LABOUR_CAPACITY, codeLabel, type HouseholdStage } from '@shared/codes/index';
import { todayInChina, type IsoDate } from '@shared/domain/dates';
import { ageAt, maskIdNumber } from '@shared/domain/id-number';
import { isWorkingAge } from '@shared/domain/working-age';
import { DUE_SOON_DAYS, clearanceRuleLabel, daysLeft } from '@shared/domain/working-days';
import { persons } from '../../db/schema';
import type { Store } from '../../context';
import { historyOf, plain, type FieldFormat } from '../change-log';
import { getSetting } from '../settings';
import { currentMembers } from './members';
import { difficultyOffers, qualificationAt } from './lifecycle';
import type { HouseholdQualification } from '@shared/domain/household-qualification';
import { findHousehold } from './write';

type Raw = Record<string, unknown> & { id: number; stage: HouseholdStage; deadline: string | null; version: number };
const OPEN_STAGES = new Set<HouseholdStage>(['recognised', 'assisting']);

const BASE_SQL = `SELECT h.*, v.name AS village_name,
  (SELECT count(*) FROM household_members m WHERE m.household_id = h.id AND m.removed_at IS NULL) AS member_count
  FROM households h LEFT JOIN villages v ON v.code = h.village_code`;

function toRow(row: Raw, today: IsoDate, canViewFullId: boolean): HouseholdRow {
  const text = (key: string) => (row[key] as string | null) ?? null;
  return {
    id: row.id,
    headName: row.head_name as string,
    headIdNumber: canViewFullId ? (row.head_id_number as string) : maskIdNumber(row.head_id_number as string),
    villageCode: text('village_code'),
    villageName: text('village_name'),
    stage: row.stage,
    appliedOn: text('applied_on'),
    identifiedOn: text('identified_on'),
    deadline: row.deadline,
    daysLeft: row.deadline && OPEN_STAGES.has(row.stage) ? daysLeft(row.deadline, today) : null,
    clearedOn: text('cleared_on'),
    members: row.member_count as number,
    needsRerecognition: row.needs_rerecognition === 1,
    version: row.version,
  };
}

export function listHouseholds(
  store: Store,
  input: ChannelArgs<'households:list'>,
  canViewFullId: boolean,
): ChannelOutput<'households:list'> {
  const where = ['h.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (input.stage) {
    where.push('h.stage = ?');
    params.push(input.stage);
  }
  if (input.villageCode) {
    where.push('h.village_code = ?');
    params.push(input.villageCode);
  }
  if (input.search) {
    where.push(
      '(h.head_name LIKE ? OR h.head_id_number LIKE ? OR EXISTS (SELECT 1 FROM household_members m WHERE m.household_id = h.id AND m.name LIKE ?))',
    );
    params.push(`%${input.search}%`, `%${input.search.toUpperCase()}%`, `%${input.search}%`);
  }
  const whereSql = where.join(' AND ');
  const total = (
    store.sqlite.prepare(`SELECT count(*) AS n FROM households h WHERE ${whereSql}`).get(...params) as { n: number }
  ).n;
  const rows = store.sqlite
    .prepare(`${BASE_SQL} WHERE ${whereSql} ORDER BY h.id DESC LIMIT ? OFFSET ?`)
    .all(...params, input.limit ?? 200, input.offset ?? 0) as Raw[];
  const today = todayInChina(store.now());
  return { rows: rows.map((row) => toRow(row, today, canViewFullId)), total };
}

/** The 动态清零 list for the home screen: every recognised household not yet cleared, most urgent first. */
export function deadlineList(store: Store, canViewFullId: boolean): ChannelOutput<'households:deadlines'> {
  const today = todayInChina(store.now());
  const rows = store.sqlite
    .prepare(
      `${BASE_SQL} WHERE h.deleted_at IS NULL AND h.stage IN ('recognised','assisting') ORDER BY h.deadline ASC, h.id`,
    )
    .all() as Raw[];
  const entries = rows.map((raw) => {
    const row = toRow(raw, today, canViewFullId);
    const left = row.daysLeft ?? 0;
    return { ...row, overdue: left < 0, dueSoon: left >= 0 && left <= DUE_SOON_DAYS };
  });
  return { rule: clearanceRuleLabel(getSetting(store, 'clearanceRule')), entries };
}

export function getHousehold(store: Store, id: number, canViewFullId: boolean): HouseholdDetail {
  findHousehold(store, id);
  const raw = store.sqlite.prepare(`${BASE_SQL} WHERE h.id = ?`).get(id) as Raw;
  const today = todayInChina(store.now());
  const members = currentMembers(store, id);
  const rules = getSetting(store, 'ageRules');
  const statuses = new Map(
    members.some((m) => m.personId)
      ? store.db
          .select({ id: persons.id, status: persons.status })
          .from(persons)
          .where(
            inArray(
              persons.id,
              members.flatMap((m) => (m.personId ? [m.personId] : [])),
            ),
          )
          .all()
          .map((p) => [p.id, p.status])
      : [],
  );
  const clearedBy = raw.cleared_by_person_id ? members.find((m) => m.personId === raw.cleared_by_person_id) : undefined;
  const text = (key: string) => (raw[key] as string | null) ?? null;
  return {
    ...toRow(raw, today, canViewFullId),
    address: text('address'),
    publicisedOn: text('publicised_on'),
    clearedByPersonId: (raw.cleared_by_person_id as number | null) ?? null,
    clearedByName: clearedBy?.name ?? null,
    revokedOn: text('revoked_on'),
    revokeReason: text('revoke_reason'),
    notes: text('notes'),
    deadlineRule: clearanceRuleLabel(getSetting(store, 'clearanceRule')),
    memberList: members
      .sort((a, b) => a.relation.localeCompare(b.relation) || a.id - b.id)
      .map((member) => ({
        id: member.id,
        personId: member.personId,
        idNumber: canViewFullId ? member.idNumber : maskIdNumber(member.idNumber),
        name: member.name,
        sex: member.sex,
        birthDate: member.birthDate,
        age: ageAt(member.birthDate, today),
        relation: member.relation,
        workingAge: isWorkingAge(member.idNumber, today, rules) === true,
        labourCapacity: member.labourCapacity,
        employed: member.employed,
        personStatus: member.personId ? (statuses.get(member.personId) ?? null) : null,
        version: member.version,
      })),
    qualification: maskedQualification(qualificationAt(store, members, today), canViewFullId),
    difficultyOffers: raw.stage === 'recognised' || raw.stage === 'assisting' ? difficultyOffers(store, id, today) : [],
  };
}

function maskedQualification(verdict: HouseholdQualification, canViewFullId: boolean): HouseholdQualification {
  return canViewFullId ? verdict : { ...verdict, breakingMembers: verdict.breakingMembers.map(maskIdNumber) };
}

const HOUSEHOLD_FIELDS: Record<string, FieldFormat> = {
  stage: { label: '阶段', show: (v) => codeLabel(HOUSEHOLD_STAGE, v as string) ?? plain(v) },
  headName: { label: '户主' },
  villageCode: { label: '村（社区）' },
  address: { label: '家庭住址' },
  appliedOn: { label: '申请日期' },
  publicisedOn: { label: '公示日期' },
  identifiedOn: { label: '认定日期' },
  deadline: { label: '清零时限' },
  clearedOn: { label: '清零日期' },
  revokedOn: { label: '撤销日期' },
  revokeReason: { label: '撤销原因' },
  needsRerecognition: { label: '需重新认定' },
  notes: { label: '备注' },
};

const MEMBER_FIELDS: Record<string, FieldFormat> = {
  name: { label: '姓名' },
  relation: { label: '与户主关系', show: (v) => codeLabel(RELATION, v as string) ?? plain(v) },
  labourCapacity: { label: '劳动能力', show: (v) => codeLabel(LABOUR_CAPACITY, v as string) ?? plain(v) },
  employed: { label: '是否就业' },
  active: { label: '在户' },
};

/** The household's history with its members' changes, in time order. */
export function householdHistory(
  store: Store,
  id: number,
  canViewFullId: boolean,
): ChannelOutput<'households:history'> {
  findHousehold(store, id);
  const idShow = (value: unknown) => (typeof value === 'string' && !canViewFullId ? maskIdNumber(value) : plain(value));
  const personName = (value: unknown) => {
    if (typeof value !== 'number') return plain(value);
    const row = store.sqlite.prepare('SELECT name FROM persons WHERE id = ?').get(value) as
      { name: string } | undefined;
    return row?.name ?? String(value);
  };
  const own = historyOf(store, 'household', id, {
    ...HOUSEHOLD_FIELDS,
    headIdNumber: { label: '户主身份号码', show: idShow },
    clearedByPersonId: { label: '实现就业成员', show: personName },
  }).map((entry) => ({ ...entry, subject: '家庭' }));
  const memberIds = store.sqlite.prepare('SELECT id, name FROM household_members WHERE household_id = ?').all(id) as {
    id: number;
    name: string;
  }[];
  const members = memberIds.flatMap((member) =>
    historyOf(store, 'member', member.id, { ...MEMBER_FIELDS, idNumber: { label: '身份证号', show: idShow } }).map(
      (entry) => ({ ...entry, subject: `成员 ${member.name}` }),
    ),
  );
  return [...own, ...members].sort((a, b) => a.at - b.at);
}
