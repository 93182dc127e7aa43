// The wizard's working copy and its checks. Validation uses the very schema the server uses
// (channels['setup:complete'].input), so a message seen here is the message the server would send.
import { channels, type SetupInput } from '@shared/contract';
import { issuesToFieldErrors, pickFieldErrors, type FieldErrors } from '@renderer/components/fieldErrors';
import type { VillageInput } from './villageImport';

export type VillageRow = VillageInput & { key: number };

export type SetupDraft = {
  countyCode: string;
  townshipCode: string;
  townshipName: string;
  villages: VillageRow[];
  username: string;
  displayName: string;
  password: string;
  confirmPassword: string;
};

export const STEP_TITLES = ['乡镇信息', '村（社区）', '负责人账号', '核对并完成'] as const;
export type StepIndex = 0 | 1 | 2 | 3;

let lastKey = 0;
/** Rows need a stable React key that survives deleting rows above them. */
export function villageRow(village: VillageInput = { code: '', name: '' }): VillageRow {
  lastKey += 1;
  return { ...village, key: lastKey };
}

export function emptyDraft(): SetupDraft {
  return {
    countyCode: '',
    townshipCode: '',
    townshipName: '',
    villages: [villageRow()],
    username: '',
    displayName: '',
    password: '',
    confirmPassword: '',
  };
}

export function isBlankRow(row: VillageInput): boolean {
  return row.code.trim() === '' && row.name.trim() === '';
}

/** Which wizard step shows a field path such as `villages.3.code` or `head.password`. */
export function stepOfField(path: string): StepIndex {
  if (path === 'villages' || path.startsWith('villages.')) return 1;
  if (path === 'head' || path.startsWith('head.')) return 2;
  return 0;
}

export type PreparedInput = {
  input: SetupInput;
  /** input.villages[i] came from draft.villages[rowIndex[i]]: blank rows are left out of what is sent. */
  rowIndex: number[];
};

export function prepareInput(draft: SetupDraft): PreparedInput {
  const rowIndex: number[] = [];
  const villages: VillageInput[] = [];
  draft.villages.forEach((row, index) => {
    if (isBlankRow(row)) return;
    rowIndex.push(index);
    villages.push({ code: row.code, name: row.name });
  });
  return {
    input: {
      countyCode: draft.countyCode,
      townshipCode: draft.townshipCode,
      townshipName: draft.townshipName,
      villages,
      head: { username: draft.username, displayName: draft.displayName, password: draft.password },
    },
    rowIndex,
  };
}

/** Re-addresses `villages.<i>.x` from the sent list to the table row the clerk sees. */
export function toDraftPaths(errors: FieldErrors, rowIndex: number[]): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^villages\.(\d+)(\..*)?$/.exec(path);
    const row = match ? rowIndex[Number(match[1])] : undefined;
    const key = match && row !== undefined ? `villages.${row}${match[2] ?? ''}` : path;
    if (!(key in mapped)) mapped[key] = message;
  }
  return mapped;
}

/** All problems of the draft, keyed by the field paths the steps use. */
export function validateDraft(draft: SetupDraft): FieldErrors {
  const { input, rowIndex } = prepareInput(draft);
  const parsed = channels['setup:complete'].input.safeParse(input);
  const errors = parsed.success ? {} : toDraftPaths(issuesToFieldErrors(parsed.error.issues), rowIndex);
  if (draft.confirmPassword !== draft.password && !errors['head.confirmPassword']) {
    errors['head.confirmPassword'] = draft.confirmPassword === '' ? '请再次输入密码' : '两次输入的密码不一致';
  }
  return errors;
}

export function validateStep(draft: SetupDraft, step: StepIndex): FieldErrors {
  return pickFieldErrors(validateDraft(draft), (path) => stepOfField(path) === step);
}
