// The figures split by village (村/社区), with the township's total as the last row. A village's number opens the
// names of that village only — what the village's 协理员 is asked about.
import { INDICATOR_NAMES } from '@shared/domain/indicators';
import { FigureValue } from './IndicatorTable';
import { SHORT_NAMES, VILLAGE_CODES, type Drill, type Figure, type VillageRow } from './figures';

type VillageTableProps = { rows: readonly VillageRow[]; figures: readonly Figure[]; onDrill: (drill: Drill) => void };

export function VillageTable({ rows, figures, onDrill }: VillageTableProps) {
  const total = new Map(figures.map((figure) => [figure.code, figure.value]));
  return (
    <div className="table-scroll">
      <table className="stats-table stats-village-table">
        <thead>
          <tr>
            <th scope="col">村（社区）</th>
            {VILLAGE_CODES.map((code) => (
              <th key={code} scope="col" className="num" title={`${code} ${INDICATOR_NAMES[code]}`}>
                {SHORT_NAMES[code]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.villageCode}>
              <th scope="row">{row.villageName}</th>
              {VILLAGE_CODES.map((code) => {
                const name = INDICATOR_NAMES[code];
                const value = row.values[code] ?? '0';
                const drill = { code, name, value, villageCode: row.villageCode, villageName: row.villageName };
                return (
                  <td key={code} className="num">
                    <FigureValue value={value} label={`${row.villageName}${name}`} onOpen={() => onDrill(drill)} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">合计</th>
            {VILLAGE_CODES.map((code) => (
              <td key={code} className="num">
                {total.get(code) ?? ''}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
