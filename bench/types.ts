/** One measured figure. `budget` is the most `value` may be (same unit); null when the figure is informational. */
export type Figure = { name: string; label: string; value: number; unit: string; budget: number | null };

export type BenchOptions = {
  /** Persons in the benchmark township (100,000 unless `--persons` says otherwise). */
  persons: number;
  /** Progress lines go here (stderr), so `--json` output stays one JSON document. */
  log: (line: string) => void;
};

/** A group of figures run by `npm run bench -- --only <name>`; later issues add export, import, indicators, PDF. */
export type BenchSuite = { name: string; title: string; run: (options: BenchOptions) => Promise<Figure[]> };

export function overBudget(figure: Figure): boolean {
  return figure.budget !== null && figure.value > figure.budget;
}
