import type { CsvRow } from './csv-table';
import type { CsvFile } from './layout';

// Look-ups across files, built as each table is read, for the cross rules of the tables read after it (household
// exists, cleared_by is an employed member…); the two rules that look forward are decided at the end (see
// RowChecker.failLater). A table that could not be read gives null, and the rules that need it are skipped: its own
// problems already reject the package, and guesses would only add noise. Only the few fields the rules need are
// kept, not the rows.

export type PersonFacts = { line: number; idNumber: string; status: string; householdId: string };
export type HouseholdFacts = { line: number; status: string; change: string };

export type Indexes = {
  /** person_id → the first row with it. */
  persons: Map<string, PersonFacts> | null;
  /** id_number → person_id and line of the first row with it. */
  personIdByIdNumber: Map<string, { personId: string; line: number }> | null;
  /** household_id → the first row with it. */
  households: Map<string, HouseholdFacts> | null;
  /** household_id → its rows in household_members.csv (all of them: the format says "its rows"). */
  memberRows: Map<string, number> | null;
};

/**
 * A copy of a field kept in an index. A field of 13 characters or more (an ID number) is a view into the whole piece
 * of text it was read from, and keeping it would keep that piece: 100,000 of them kept all of persons.csv. Slicing a
 * joined string makes V8 copy the characters first.
 */
const detach = (value: string): string => (value.length < 13 ? value : ` ${value}`.slice(1));

export const NO_INDEXES: Indexes = { persons: null, personIdByIdNumber: null, households: null, memberRows: null };

/**
 * The part of the indexes one table gives (`own`, also for its own duplicate rules); kept apart from the others until
 * the table is known to be readable to its end.
 */
export function tableIndexer(file: CsvFile): {
  add(row: CsvRow): void;
  own: Partial<Indexes>;
  commitTo(indexes: Indexes): void;
} {
  if (file === 'persons.csv') {
    const persons = new Map<string, PersonFacts>();
    const byIdNumber = new Map<string, { personId: string; line: number }>();
    return {
      add: ({ line, values }) => {
        const id = detach(values.person_id ?? '');
        const idNumber = detach(values.id_number ?? '');
        if (id !== '' && !persons.has(id)) {
          persons.set(id, {
            line,
            idNumber,
            status: detach(values.status ?? ''),
            householdId: detach(values.household_id ?? ''),
          });
        }
        if (idNumber !== '' && !byIdNumber.has(idNumber)) byIdNumber.set(idNumber, { personId: id, line });
      },
      own: { persons, personIdByIdNumber: byIdNumber },
      commitTo: (indexes) => {
        indexes.persons = persons;
        indexes.personIdByIdNumber = byIdNumber;
      },
    };
  }
  if (file === 'households.csv') {
    const households = new Map<string, HouseholdFacts>();
    return {
      add: ({ line, values }) => {
        const id = detach(values.household_id ?? '');
        if (id !== '' && !households.has(id))
          households.set(id, { line, status: detach(values.status ?? ''), change: detach(values.change ?? '') });
      },
      own: { households },
      commitTo: (indexes) => (indexes.households = households),
    };
  }
  if (file === 'household_members.csv') {
    const memberRows = new Map<string, number>();
    return {
      add: ({ values }) => {
        const id = values.household_id ?? '';
        memberRows.set(detach(id), (memberRows.get(id) ?? 0) + 1);
      },
      own: { memberRows },
      commitTo: (indexes) => (indexes.memberRows = memberRows),
    };
  }
  return { add: () => undefined, own: {}, commitTo: () => undefined };
}

/**
 * Reports rows that repeat a key of an earlier row, naming the first one; rows are given one by one. `first`
 * answers from an index that already holds the first line of each key, else the rows seen are remembered here.
 */
export function duplicateFinder(
  field: string,
  report: (line: number, value: string, firstLine: number) => void,
  first?: (value: string) => number | undefined,
): (row: CsvRow) => void {
  const seen = first ? null : new Map<string, number>();
  return ({ line, values }) => {
    const value = values[field] ?? '';
    if (value === '') return;
    const firstLine = first ? first(value) : seen!.get(value);
    if (firstLine === undefined) seen?.set(value, line);
    else if (firstLine !== line) report(line, value, firstLine);
  };
}
