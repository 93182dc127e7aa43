// The quarter's figures, code, name and value, as in indicators.csv. Every number that is not zero is a button that
// opens the names behind it: a figure the clerk can check against the register is a figure they can sign.
import { isExtra, isZero, type Drill, type Figure } from './figures';

type IndicatorTableProps = { figures: readonly Figure[]; onDrill: (drill: Drill) => void };

export function IndicatorTable({ figures, onDrill }: IndicatorTableProps) {
  const first = figures.findIndex((figure) => isExtra(figure.code));
  return (
    <table className="stats-table indicator-table">
      <thead>
        <tr>
          <th scope="col">代码</th>
          <th scope="col">指标</th>
          <th scope="col" className="num">
            数值
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure, index) => (
          <FigureRow key={figure.code} figure={figure} extraStart={index === first} onDrill={onDrill} />
        ))}
      </tbody>
    </table>
  );
}

function FigureRow({
  figure,
  extraStart,
  onDrill,
}: {
  figure: Figure;
  extraStart: boolean;
  onDrill: (drill: Drill) => void;
}) {
  return (
    <>
      {extraStart ? (
        <tr className="extra-head">
          <td colSpan={3}>县里报告常用的补充数字（不在报送包中）</td>
        </tr>
      ) : null}
      <tr>
        <td className="code">{figure.code}</td>
        <th scope="row">{figure.name}</th>
        <td className="num">
          <FigureValue value={figure.value} label={figure.name} onOpen={() => onDrill(figure)} />
        </td>
      </tr>
    </>
  );
}

/** A number as a button that opens its records; a zero has none to show and stays plain. */
export function FigureValue({ value, label, onOpen }: { value: string; label: string; onOpen: () => void }) {
  if (isZero(value)) return <span className="zero">{value}</span>;
  return (
    <button type="button" className="figure-button" aria-label={`${label} ${value}，查看名单`} onClick={onOpen}>
      {value}
    </button>
  );
}
