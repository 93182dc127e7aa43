import { z } from 'zod';
import { HOUSEHOLD_STAGE, LABOUR_CAPACITY, RELATION, codesOf } from '../codes/index';
import { channel } from './define';
import { isoDate } from './common';

const idRef = z.number().int().positive();
const version = z.number().int().positive();
const saved = z.object({ id: z.number().int(), version });

/** A member is an existing person of the registers (personId) or a family member typed here (ID number and name). */
export const memberInput = z.object({
  personId: idRef.optional(),
  idNumber: z.string().trim().max(40, '身份证号码过长').optional(),
  name: z.string().trim().max(50, '姓名不能超过 50 个字').optional(),
  relation: z.enum(codesOf(RELATION), { error: '请选择与户主关系' }),
  labourCapacity: z.enum(codesOf(LABOUR_CAPACITY), { error: '请选择劳动能力' }),
  /** only for members who are not in the registers; a registered person's employment comes from their record */
  employed: z.boolean().optional(),
});
export type MemberInput = z.input<typeof memberInput>;

export const householdMember = z.object({
  id: z.number().int(),
  personId: z.number().int().nullable(),
  idNumber: z.string(),
  name: z.string(),
  sex: z.string(),
  birthDate: z.string(),
  age: z.number().int().nullable(),
  relation: z.string(),
  workingAge: z.boolean(),
  labourCapacity: z.string(),
  employed: z.boolean(),
  personStatus: z.string().nullable(),
  version,
});
export type HouseholdMember = z.infer<typeof householdMember>;

export const householdRow = z.object({
  id: z.number().int(),
  headName: z.string(),
  headIdNumber: z.string(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  stage: z.enum(codesOf(HOUSEHOLD_STAGE)),
  appliedOn: z.string().nullable(),
  identifiedOn: z.string().nullable(),
  deadline: z.string().nullable(),
  /** calendar days to the deadline while not cleared; negative = overdue */
  daysLeft: z.number().int().nullable(),
  clearedOn: z.string().nullable(),
  members: z.number().int(),
  needsRerecognition: z.boolean(),
  version,
});
export type HouseholdRow = z.infer<typeof householdRow>;

export const qualification = z.object({
  qualifies: z.boolean(),
  reasons: z.array(z.string()),
  breakingMembers: z.array(z.string()),
});

export const householdDetail = householdRow.extend({
  address: z.string().nullable(),
  publicisedOn: z.string().nullable(),
  clearedByPersonId: z.number().int().nullable(),
  clearedByName: z.string().nullable(),
  revokedOn: z.string().nullable(),
  revokeReason: z.string().nullable(),
  notes: z.string().nullable(),
  deadlineRule: z.string(),
  memberList: z.array(householdMember),
  qualification,
  /** while recognised or assisted: registered working-age members not yet in difficulty category 03 */
  difficultyOffers: z.array(z.object({ personId: z.number().int(), name: z.string(), version })),
});
export type HouseholdDetail = z.infer<typeof householdDetail>;

const deadlineEntry = householdRow.extend({ overdue: z.boolean(), dueSoon: z.boolean() });
export type DeadlineEntry = z.infer<typeof deadlineEntry>;

const difficultyOffer = z.object({ personId: z.number().int(), name: z.string(), version });

export const householdChannels = {
  'households:list': channel({
    title: '零就业家庭名册',
    access: 'read',
    input: z.object({
      stage: z.enum(codesOf(HOUSEHOLD_STAGE)).optional(),
      villageCode: z.string().max(12).optional(),
      search: z.string().trim().max(50).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.object({ rows: z.array(householdRow), total: z.number().int() }),
  }),
  'households:get': channel({
    title: '查看零就业家庭',
    access: 'read',
    input: z.object({ id: idRef }),
    output: householdDetail,
  }),
  'households:create': channel({
    title: '零就业家庭申请',
    access: 'write',
    input: z.object({
      villageCode: z.string().trim().min(1, '请选择村（社区）'),
      address: z.string().trim().max(200, '地址不能超过 200 个字').optional(),
      appliedOn: isoDate,
      notes: z.string().trim().max(500).optional(),
      members: z.array(memberInput).min(1, '请至少录入户主').max(30, '家庭成员不能超过 30 人'),
    }),
    output: saved,
  }),
  'households:add-member': channel({
    title: '添加家庭成员',
    access: 'write',
    input: z.object({ id: idRef, version, member: memberInput }),
    output: saved,
  }),
  'households:update-member': channel({
    title: '修改家庭成员',
    access: 'write',
    input: z.object({
      id: idRef,
      version,
      memberId: idRef,
      relation: z.enum(codesOf(RELATION), { error: '请选择与户主关系' }),
      labourCapacity: z.enum(codesOf(LABOUR_CAPACITY), { error: '请选择劳动能力' }),
      employed: z.boolean().optional(),
    }),
    output: saved,
  }),
  'households:remove-member': channel({
    title: '移除家庭成员',
    access: 'write',
    input: z.object({ id: idRef, version, memberId: idRef }),
    output: saved,
  }),
  'households:publicise': channel({
    title: '公示',
    access: 'write',
    input: z.object({ id: idRef, version, publicisedOn: isoDate }),
    output: saved,
  }),
  'households:recognise': channel({
    title: '认定零就业家庭',
    access: 'write',
    input: z.object({ id: idRef, version, identifiedOn: isoDate }),
    output: saved.extend({
      deadline: z.string(),
      warning: z.string().nullable(),
      /** working-age members in the unemployment register: offer them difficulty category 03 */
      difficultyOffers: z.array(difficultyOffer),
    }),
  }),
  'households:start-assistance': channel({
    title: '开始援助',
    access: 'write',
    input: z.object({ id: idRef, version }),
    output: saved,
  }),
  'households:clear': channel({
    title: '清零',
    access: 'write',
    input: z.object({ id: idRef, version, clearedOn: isoDate, personId: idRef }),
    output: saved,
  }),
  'households:revoke': channel({
    title: '撤销零就业家庭',
    access: 'write',
    input: z.object({
      id: idRef,
      version,
      revokedOn: isoDate,
      reason: z.string().trim().min(1, '请填写撤销原因').max(200),
    }),
    output: saved,
  }),
  'households:deadlines': channel({
    title: '清零时限提醒',
    access: 'read',
    input: z.object({}).strict(),
    output: z.object({ rule: z.string(), entries: z.array(deadlineEntry) }),
  }),
  'households:history': channel({
    title: '家庭变更记录',
    access: 'read',
    input: z.object({ id: idRef }),
    output: z.array(
      z.object({
        at: z.number(),
        userName: z.string(),
        subject: z.string(),
        op: z.enum(['create', 'update', 'delete']),
        changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })),
      }),
    ),
  }),
} as const;
