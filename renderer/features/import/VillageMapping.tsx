// 村名对照: names in the file that are not one of the township's villages (a retired name, a typo, 北坡 for 北坡村
// when two villages start alike). Each gets a drop-down of the township's villages; a name already mapped stays in
// the list so the clerk can see and undo it, although core no longer reports it as unknown.
import type { ImportAnalysis } from '@shared/contract';

type VillageMappingProps = {
  analysis: ImportAnalysis;
  villageMap: Record<string, string>;
  onChange: (villageMap: Record<string, string>) => void;
};

export function VillageMapping({ analysis, villageMap, onChange }: VillageMappingProps) {
  const unknown = new Map(analysis.unknownVillages.map((v) => [v.name, v.rows]));
  const names = [...new Set([...unknown.keys(), ...Object.keys(villageMap)])];
  if (names.length === 0) return null;

  const choose = (name: string, code: string) => {
    const next = { ...villageMap };
    if (code === '') delete next[name];
    else next[name] = code;
    onChange(next);
  };

  return (
    <section className="import-panel" aria-labelledby="import-villages-title">
      <h3 id="import-villages-title">村名对照</h3>
      <p className="muted">以下村名不是本乡镇的村（社区）名称，请指定对应的村；不指定的行不能导入。</p>
      <table className="import-table import-village-table">
        <tbody>
          {names.map((name, index) => {
            const rows = unknown.get(name);
            return (
              <tr key={name}>
                <th scope="row">
                  <label htmlFor={`import-village-${index}`}>“{name}”</label>
                  <span className="muted">{rows === undefined ? '（已指定）' : `（${rows} 行）`}</span>
                </th>
                <td>
                  <select
                    id={`import-village-${index}`}
                    className="input"
                    value={villageMap[name] ?? ''}
                    aria-invalid={rows !== undefined ? true : undefined}
                    onChange={(event) => choose(name, event.target.value)}
                  >
                    <option value="">（请选择对应的村）</option>
                    {analysis.villages.map((village) => (
                      <option key={village.code} value={village.code}>
                        {village.name}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
