// 首页: who and where, and the villages of the township (the first register-like table, in the shared DataGrid).
import { useEffect, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { useCaller } from '@renderer/components/useCaller';
import { DataGrid } from '@renderer/components/DataGrid';
import { FormAlert } from '@renderer/components/FormAlert';
import type { ChannelOutput, SessionUser } from '@shared/contract';
import type { AreaProps } from '../areas';
import { DeadlineList } from '../households/DeadlineList';

type Village = ChannelOutput<'villages:list'>[number];
type Township = { countyCode: string; code: string; name: string };
type HomePageProps = { township: Township; user: SessionUser; version: string; onSessionLost: () => void };

const VILLAGE_COLUMNS: ColDef<Village>[] = [
  {
    headerName: '序号',
    valueGetter: (params) => (params.node?.rowIndex ?? 0) + 1,
    width: 80,
    sortable: false,
    filter: false,
  },
  { headerName: '村（社区）代码', field: 'code', width: 200 },
  { headerName: '村（社区）名称', field: 'name', flex: 1, minWidth: 200 },
  // Text, not ag-grid's automatic checkbox for booleans: clerks read 在用/已停用, not a greyed tick.
  {
    headerName: '状态',
    colId: 'active',
    cellDataType: 'text',
    valueGetter: (params) => (params.data?.active === false ? '已停用' : '在用'),
    width: 120,
  },
];

export function HomePage({ township, user, version, onSessionLost }: HomePageProps) {
  const [villages, setVillages] = useState<Village[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const caller = useCaller(onSessionLost);

  useEffect(() => {
    let current = true;
    const load = async () => {
      const result = await caller('villages:list', {});
      if (!current) return;
      if (result.ok) setVillages(result.value);
      else if (result.error.code !== 'UNAUTHENTICATED') setError(result.error.message);
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller]);

  const active = villages?.filter((village) => village.active).length;

  return (
    <>
      {/* 动态清零 first: the station lives by these deadlines */}
      <DeadlineList onSessionLost={onSessionLost} />
      <section className="card welcome" aria-labelledby="welcome-title">
        <div>
          <h1 id="welcome-title" className="page-title">
            {user.displayName}，您好！欢迎使用{township.name}劳动保障站实名制台账
          </h1>
          <p className="muted">
            {township.name}（乡镇代码 {township.code}，县代码 {township.countyCode}）· 版本 {version}
          </p>
        </div>
        <div className="stat">
          <div className="stat-value">{active ?? '—'}</div>
          <div className="stat-label">个村（社区）</div>
        </div>
      </section>
      <section className="card section" aria-labelledby="villages-title">
        <h2 id="villages-title">本乡镇的村（社区）</h2>
        <FormAlert message={error} />
        <DataGrid<Village>
          label="村（社区）列表"
          rows={villages}
          columns={VILLAGE_COLUMNS}
          rowId={(village) => village.code}
          height="auto"
        />
      </section>
    </>
  );
}

/** The home area in the shell's area registry. */
export function HomeArea(props: AreaProps) {
  return (
    <HomePage township={props.township} user={props.user} version={props.version} onSessionLost={props.onSessionLost} />
  );
}
