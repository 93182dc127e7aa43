import { personsSuite } from './persons';
import { importSuite } from './import';
import { personsUiSuite } from './persons-ui';
import { ledgerPdfSuite } from './ledger-pdf';
import { packageSuite } from './package';
import { statisticsUiSuite } from './statistics-ui';
import type { BenchSuite } from './types';

/** Every benchmark, in the order `npm run bench` runs them. Add a module per area (export, import, indicators, PDF). */
export const BENCH_SUITES: readonly BenchSuite[] = [
  personsSuite,
  personsUiSuite,
  importSuite,
  packageSuite,
  statisticsUiSuite,
  ledgerPdfSuite,
];
