import { z } from 'zod';
import { REGISTERS } from './persons';
import { channel } from './define';

// Printed ledgers (台账): the data of each print, already in words (labels, masked ID numbers), so the print view only
// lays it out. ID numbers are masked on paper unless the card is printed for the person themself by a user who may
// see full numbers.

const quarter = z.object({
  year: z.number().int().min(2000).max(2100),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  villageCode: z.string().max(12).optional(),
});

const heading = z.object({
  township: z.string(),
  countyCode: z.string(),
  title: z.string(),
  subtitle: z.string(),
  printedAt: z.string(),
  printedBy: z.string(),
});
export type LedgerHeading = z.infer<typeof heading>;

const actionLine = z.object({
  date: z.string(),
  type: z.string(),
  content: z.string(),
  employer: z.string(),
  position: z.string(),
  amount: z.string(),
  result: z.string(),
  staff: z.string(),
});

export const ledgerChannels = {
  'ledgers:assistance-card': channel({
    title: '打印就业援助卡',
    access: 'read',
    input: z.object({ personId: z.number().int().positive(), forPerson: z.boolean().default(false) }),
    output: z.object({
      heading,
      person: z.object({
        name: z.string(),
        idNumber: z.string(),
        sex: z.string(),
        birthDate: z.string(),
        ethnicity: z.string(),
        education: z.string(),
        village: z.string(),
        address: z.string(),
        phone: z.string(),
        registeredOn: z.string(),
        status: z.string(),
        categories: z.string(),
        recognisedOn: z.string(),
        disability: z.string(),
        exitOn: z.string(),
        exitReason: z.string(),
      }),
      actions: z.array(actionLine),
      totalAmount: z.string(),
    }),
  }),
  'ledgers:quarterly-assistance': channel({
    title: '打印季度就业援助台账',
    access: 'read',
    input: quarter,
    output: z.object({
      heading,
      rows: z.array(
        actionLine.extend({ index: z.number().int(), name: z.string(), idNumber: z.string(), village: z.string() }),
      ),
      totals: z.object({
        count: z.number().int(),
        people: z.number().int(),
        amount: z.string(),
        byType: z.array(z.object({ type: z.string(), count: z.number().int() })),
      }),
    }),
  }),
  'ledgers:households': channel({
    title: '打印零就业家庭台账',
    access: 'read',
    input: quarter,
    output: z.object({
      heading,
      rows: z.array(
        z.object({
          index: z.number().int(),
          headName: z.string(),
          headIdNumber: z.string(),
          village: z.string(),
          members: z.number().int(),
          memberNames: z.string(),
          identifiedOn: z.string(),
          deadline: z.string(),
          stage: z.string(),
          clearedOn: z.string(),
          clearedBy: z.string(),
          assistance: z.number().int(),
        }),
      ),
      totals: z.object({
        households: z.number().int(),
        cleared: z.number().int(),
        open: z.number().int(),
        overdue: z.number().int(),
      }),
    }),
  }),
  'ledgers:register': channel({
    title: '打印人员名册',
    access: 'read',
    input: z.object({
      register: z.enum(REGISTERS).default('all'),
      villageCode: z.string().max(12).optional(),
      status: z.enum(['1', '2', '3']).optional(),
      search: z.string().trim().max(50).optional(),
    }),
    output: z.object({
      heading,
      rows: z.array(
        z.object({
          index: z.number().int(),
          name: z.string(),
          idNumber: z.string(),
          sex: z.string(),
          age: z.string(),
          village: z.string(),
          phone: z.string(),
          status: z.string(),
          registeredOn: z.string(),
          categories: z.string(),
        }),
      ),
    }),
  }),
  'ledgers:printed': channel({
    title: '记录打印',
    access: 'read',
    input: z.object({
      kind: z.enum(['assistance-card', 'quarterly-assistance', 'households', 'register']),
      title: z.string().max(200),
      pages: z.number().int().min(0).max(100000).optional(),
      output: z.enum(['printer', 'pdf', 'browser']),
    }),
    output: z.object({}),
  }),
} as const;
