// What the clerk chose in a register's toolbar. Kept in memory per register, so coming back from a person's page
// shows the same list instead of starting over (a reload starts fresh, which is expected).
import type { PersonListInput, Register } from '@shared/contract';

export type RegisterFilters = {
  search: string;
  villageCode: string;
  status: '' | NonNullable<PersonListInput['status']>;
  followUpDue: boolean;
};

const remembered = new Map<Register, RegisterFilters>();

/** 失业登记 opens on the persons still registered unemployed; the other registers show every status. */
export function initialFilters(register: Register): RegisterFilters {
  return (
    remembered.get(register) ?? {
      search: '',
      villageCode: '',
      status: register === 'unemployed' ? '1' : '',
      followUpDue: false,
    }
  );
}

export function rememberFilters(register: Register, filters: RegisterFilters): void {
  remembered.set(register, filters);
}
