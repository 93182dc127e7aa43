import type { CsvTable } from './csv-table';

// Look-ups across files, built before any row is checked so that each table's cross rules (household exists,
// cleared_by is an employed member…) can run in one pass. A table that could not be read gives null, and the rules
// that need it are skipped: its own problems already reject the package, and guesses would only add noise.

export type PersonFacts = { line: number; idNumber: string; status: string; householdId: string };
export type HouseholdFacts = { line: number; status: string; change: string };

export type Indexes = {
  /** person_id → the first row with it. */
  persons: Map<string, PersonFacts> | null;
  /** id_number → person_id of the first row with it. */
  personIdByIdNumber: Map<string, string> | null;
  /** household_id → the first row with it. */
  households: Map<string, HouseholdFacts> | null;
  /** household_id → its rows in household_members.csv (all of them: the format says "its rows"). */
  memberRows: Map<string, number> | null;
};

export function buildIndexes(tables: Record<string, CsvTable | undefined>): Indexes {
  const persons = tables['persons.csv'];
  const households = tables['households.csv'];
  const members = tables['household_members.csv'];
  const indexes: Indexes = { persons: null, personIdByIdNumber: null, households: null, memberRows: null };

  if (persons?.readable) {
    indexes.persons = new Map();
    indexes.personIdByIdNumber = new Map();
    for (const { line, values } of persons.rows) {
      const id = values.person_id ?? '';
      if (id !== '' && !indexes.persons.has(id)) {
        indexes.persons.set(id, {
          line,
          idNumber: values.id_number ?? '',
          status: values.status ?? '',
          householdId: values.household_id ?? '',
        });
      }
      const idNumber = values.id_number ?? '';
      if (idNumber !== '' && !indexes.personIdByIdNumber.has(idNumber)) indexes.personIdByIdNumber.set(idNumber, id);
    }
  }
  if (households?.readable) {
    indexes.households = new Map();
    for (const { line, values } of households.rows) {
      const id = values.household_id ?? '';
      if (id !== '' && !indexes.households.has(id))
        indexes.households.set(id, { line, status: values.status ?? '', change: values.change ?? '' });
    }
  }
  if (members?.readable) {
    indexes.memberRows = new Map();
    for (const { values } of members.rows) {
      const id = values.household_id ?? '';
      indexes.memberRows.set(id, (indexes.memberRows.get(id) ?? 0) + 1);
    }
  }
  return indexes;
}

/** Reports the second and later rows that repeat a key, naming the first one. */
export function findDuplicates(
  rows: readonly { line: number; values: Readonly<Record<string, string>> }[],
  field: string,
  report: (line: number, value: string, firstLine: number) => void,
): void {
  const first = new Map<string, number>();
  for (const { line, values } of rows) {
    const value = values[field] ?? '';
    if (value === '') continue;
    const seen = first.get(value);
    if (seen === undefined) first.set(value, line);
    else report(line, value, seen);
  }
}
