// The names behind one number (stats:records): who was counted, in which village, and why. A name opens the record,
// so a number that looks wrong is followed to the record that makes it.
import { useEffect, useState } from 'react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { ChannelOutput } from '@shared/contract';
import { quarterLabel, type YearQuarter } from '@shared/domain/dates';
import { DataGrid } from '@renderer/components/DataGrid';
import { Dialog } from '@renderer/components/Dialog';
import { FormAlert } from '@renderer/components/FormAlert';
import type { Caller } from '@renderer/components/useCaller';
import { KIND_UNITS, isAmount, recordHref, type Drill, type RecordKind } from './figures';

type Records = ChannelOutput<'stats:records'>;
type RecordRow = Records['rows'][number];
type RecordsDialogProps = { caller: Caller; period: YearQuarter; drill: Drill; onClose: () => void };

function columnsFor(kind: RecordKind): ColDef<RecordRow>[] {
  return [
    {
      headerName: '序号',
      valueGetter: (params) => (params.node?.rowIndex ?? 0) + 1,
      width: 76,
      sortable: false,
      filter: false,
    },
    {
      headerName: kind === 'household' ? '户主' : '姓名',
      field: 'name',
      width: 150,
      cellRenderer: (params: ICellRendererParams<RecordRow>) =>
        params.data ? <a href={recordHref(kind, params.data.id)}>{params.data.name}</a> : null,
    },
    { headerName: '村（社区）', field: 'village', width: 130 },
    { headerName: kind === 'assistance' ? '援助情况' : '情况', field: 'detail', flex: 1, minWidth: 260 },
  ];
}

export function RecordsDialog({ caller, period, drill, onClose }: RecordsDialogProps) {
  const [records, setRecords] = useState<Records | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const load = async () => {
      const input = {
        ...period,
        code: drill.code,
        ...(drill.villageCode !== undefined ? { villageCode: drill.villageCode } : {}),
      };
      const result = await caller('stats:records', input);
      if (!current) return;
      if (result.ok) setRecords(result.value);
      else setError(result.error.message);
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller, period, drill]);

  const where = drill.villageName ?? '全乡镇';
  const count = records
    ? `共 ${records.rows.length} ${KIND_UNITS[records.kind]}${isAmount(drill.code) ? `，合计 ${drill.value} 元` : ''}`
    : '正在读取名单……';
  return (
    <Dialog title={`${drill.name}（${where}）`} onClose={onClose} width={860}>
      <p className="records-summary">
        {quarterLabel(period.year, period.quarter)} · {drill.code} · <strong>{count}</strong>
        <span className="muted records-hint">点击姓名打开记录</span>
      </p>
      <FormAlert message={error ? `名单未能读取：${error}` : null} />
      {records ? (
        <DataGrid<RecordRow>
          label={`${drill.name}的名单`}
          rows={records.rows}
          columns={columnsFor(records.kind)}
          rowId={(row) => String(row.id)}
          height={420}
        />
      ) : null}
      <div className="actions">
        <button type="button" className="btn" onClick={onClose} data-autofocus>
          关闭
        </button>
      </div>
    </Dialog>
  );
}
