// What a print preview shows, read from its address (`/ledgers/print/<kind>?…`), so a preview survives F5 and the
// chooser only builds a link. The contract's own input schemas check the values, so a hand-edited address gets the
// same messages as the API.
import { ledgerChannels, type ChannelInput, type ChannelOutput } from '@shared/contract';

export type LedgerRequest =
  | { kind: 'assistance-card'; input: ChannelInput<'ledgers:assistance-card'> }
  | { kind: 'quarterly-assistance'; input: ChannelInput<'ledgers:quarterly-assistance'> }
  | { kind: 'households'; input: ChannelInput<'ledgers:households'> }
  | { kind: 'register'; input: ChannelInput<'ledgers:register'> };
export type LedgerKind = LedgerRequest['kind'];

export type LedgerData =
  | { kind: 'assistance-card'; data: ChannelOutput<'ledgers:assistance-card'> }
  | { kind: 'quarterly-assistance'; data: ChannelOutput<'ledgers:quarterly-assistance'> }
  | { kind: 'households'; data: ChannelOutput<'ledgers:households'> }
  | { kind: 'register'; data: ChannelOutput<'ledgers:register'> };

export const LEDGER_NAMES: Record<LedgerKind, string> = {
  'assistance-card': '就业援助卡',
  'quarterly-assistance': '季度就业援助台账',
  households: '零就业家庭台账',
  register: '人员名册',
};

/** The card is one person's sheet and prints portrait; the ledgers have a dozen columns and print landscape. */
export const isPortrait = (kind: LedgerKind) => kind === 'assistance-card';

const num = (query: URLSearchParams, key: string) => (query.has(key) ? Number(query.get(key)) : undefined);
const text = (query: URLSearchParams, key: string) => query.get(key) || undefined;

function firstProblem(error: { issues: readonly { message: string }[] }): string {
  return `地址中的打印条件有误：${error.issues[0]?.message ?? '无法识别'}`;
}

/** The request of an address, or the message to show when the address is not one. */
export function parseRequest(kind: string | undefined, query: URLSearchParams): LedgerRequest | string {
  if (kind === 'assistance-card') {
    const input = { personId: num(query, 'personId'), forPerson: query.get('forPerson') === '1' };
    const parsed = ledgerChannels['ledgers:assistance-card'].input.safeParse(input);
    return parsed.success ? { kind, input: parsed.data } : firstProblem(parsed.error);
  }
  if (kind === 'quarterly-assistance' || kind === 'households') {
    const input = { year: num(query, 'year'), quarter: num(query, 'quarter'), villageCode: text(query, 'village') };
    const parsed = ledgerChannels['ledgers:quarterly-assistance'].input.safeParse(input);
    return parsed.success ? { kind, input: parsed.data } : firstProblem(parsed.error);
  }
  if (kind === 'register') {
    const input = {
      register: text(query, 'register'),
      villageCode: text(query, 'village'),
      status: text(query, 'status'),
    };
    const parsed = ledgerChannels['ledgers:register'].input.safeParse(input);
    return parsed.success ? { kind, input: parsed.data } : firstProblem(parsed.error);
  }
  return `没有“${kind ?? ''}”这种台账。`;
}

/** The preview's address of a request; empty values are left out. */
export function printPath(request: LedgerRequest): string {
  const query = new URLSearchParams();
  const put = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== '' && value !== false) query.set(key, value === true ? '1' : String(value));
  };
  if (request.kind === 'assistance-card') {
    put('personId', request.input.personId);
    put('forPerson', request.input.forPerson);
  } else if (request.kind === 'register') {
    put('register', request.input.register);
    put('village', request.input.villageCode);
    put('status', request.input.status);
  } else {
    put('year', request.input.year);
    put('quarter', request.input.quarter);
    put('village', request.input.villageCode);
  }
  return `/ledgers/print/${request.kind}?${query.toString()}`;
}
