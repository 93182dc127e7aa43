// 服务指标: who is behind the county's yearly service quotas ("311": 3 referrals, 1 guidance and 1 training offer for
// each registered unemployed person; 3 offers for each zero-employment household), so the clerk knows whom to visit.
import { useEffect, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { DataGrid } from '@renderer/components/DataGrid';
import { FormAlert } from '@renderer/components/FormAlert';
import { hrefFor } from '@renderer/router';
import type { ChannelOutput } from '@shared/contract';
import { todayDate } from './format';
import type { Caller } from './request';
import { useVillages, villageOptionLabel } from './useVillages';

type Quotas = ChannelOutput<'assistance:quotas'>;
type PersonBehind = Quotas['persons'][number];
type HouseholdBehind = Quotas['households'][number];

function quotaText(quota: Quotas['quota']): string {
  const { referrals, guidance, training } = quota.perPerson;
  return `${referrals}${guidance}${training}`;
}

const PERSON_COLUMNS = (quota: Quotas['quota']): ColDef<PersonBehind>[] => [
  {
    headerName: '姓名',
    field: 'name',
    width: 100,
    cellRenderer: ({ data }: { data?: PersonBehind }) =>
      data ? <a href={hrefFor(`/assistance/new?personId=${data.personId}`)}>{data.name}</a> : null,
  },
  { headerName: '村（社区）', field: 'villageName', width: 120 },
  { headerName: `职业介绍（应 ${quota.perPerson.referrals}）`, field: 'referrals', width: 150 },
  { headerName: `职业指导（应 ${quota.perPerson.guidance}）`, field: 'guidance', width: 150 },
  { headerName: `培训（应 ${quota.perPerson.training}）`, field: 'training', width: 130 },
  { headerName: '尚差', field: 'missing', flex: 1, minWidth: 220 },
];

const HOUSEHOLD_COLUMNS = (quota: Quotas['quota']): ColDef<HouseholdBehind>[] => [
  {
    headerName: '户主',
    field: 'headName',
    width: 100,
    cellRenderer: ({ data }: { data?: HouseholdBehind }) =>
      data ? <a href={hrefFor(`/assistance/new?householdId=${data.householdId}`)}>{data.headName}</a> : null,
  },
  { headerName: '村（社区）', field: 'villageName', width: 120 },
  { headerName: `岗位推荐（应 ${quota.perHousehold.offers}）`, field: 'offers', width: 160 },
  { headerName: '尚差', field: 'missing', flex: 1, minWidth: 220 },
];

export function QuotasPage({ caller }: { caller: Caller }) {
  const thisYear = Number(todayDate().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [villageCode, setVillageCode] = useState('');
  const villages = useVillages(caller);
  const [report, setReport] = useState<Quotas | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setReport(null);
    const load = async () => {
      const result = await caller('assistance:quotas', { year, ...(villageCode ? { villageCode } : {}) });
      if (!current) return;
      setReport(result.ok ? result.value : null);
      setError(result.ok ? null : result.error.message);
    };
    void load();
    return () => {
      current = false;
    };
  }, [caller, year, villageCode]);

  return (
    <>
      <div className="as-toolbar">
        <label className="as-inline">
          <span>年度</span>
          <select className="input" value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {[thisYear, thisYear - 1, thisYear - 2].map((value) => (
              <option key={value} value={value}>
                {value} 年
              </option>
            ))}
          </select>
        </label>
        <label className="as-inline">
          <span>村（社区）</span>
          <select className="input" value={villageCode} onChange={(event) => setVillageCode(event.target.value)}>
            <option value="">全镇</option>
            {villages.map((village) => (
              <option key={village.code} value={village.code}>
                {villageOptionLabel(village)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FormAlert message={error} />
      {report ? (
        <>
          <p className="as-quota-rule">
            服务指标“<strong>{quotaText(report.quota)}</strong>”：每名登记失业人员每年职业介绍{' '}
            {report.quota.perPerson.referrals} 次、职业指导 {report.quota.perPerson.guidance} 次、培训{' '}
            {report.quota.perPerson.training} 次；每户零就业家庭每年岗位推荐 {report.quota.perHousehold.offers} 次。
            点姓名可直接登记援助。
          </p>
          <h2 className="as-step">未达标人员（{report.persons.length} 人）</h2>
          <DataGrid<PersonBehind>
            label="未达标人员"
            rows={report.persons}
            columns={PERSON_COLUMNS(report.quota)}
            rowId={(row) => String(row.personId)}
            height={report.persons.length > 8 ? 340 : 'auto'}
          />
          <h2 className="as-step">未达标零就业家庭（{report.households.length} 户）</h2>
          <DataGrid<HouseholdBehind>
            label="未达标零就业家庭"
            rows={report.households}
            columns={HOUSEHOLD_COLUMNS(report.quota)}
            rowId={(row) => String(row.householdId)}
            height={report.households.length > 8 ? 340 : 'auto'}
          />
        </>
      ) : null}
    </>
  );
}
