// 台账打印: the four printed ledgers, each with the few choices it needs; 预览 opens the print preview, from which the
// clerk prints or saves a PDF. `?kind=` marks the ledger the clerk came back from.
import { useState, type FormEvent, type ReactNode } from 'react';
import { navigate } from '@renderer/router';
import { PERSON_STATUS, isCode } from '@shared/codes/index';
import { quarterOf, type Quarter } from '@shared/domain/dates';
import { REGISTER_LABELS, REGISTERS, type Register, type SessionUser } from '@shared/contract';
import { todayDate } from '../assistance/format';
import type { Caller } from '../assistance/request';
import { TargetPicker, type Target } from '../assistance/TargetPicker';
import { useVillages, villageOptionLabel, type Village } from '../assistance/useVillages';
import { LEDGER_NAMES, printPath, type LedgerKind, type LedgerRequest } from './ledgerRequest';

type Props = { caller: Caller; user: SessionUser; current: string | null };

function Choice(props: {
  kind: LedgerKind;
  current: string | null;
  note: string;
  children: ReactNode;
  onPreview: () => void;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onPreview();
  };
  const titleId = `lg-choice-${props.kind}`;
  return (
    <section
      className={props.current === props.kind ? 'lg-choice lg-choice-current' : 'lg-choice'}
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{LEDGER_NAMES[props.kind]}</h2>
      <p className="muted">{props.note}</p>
      <form noValidate onSubmit={submit}>
        <div className="lg-choice-fields">{props.children}</div>
        <button type="submit" className="btn btn-primary">
          预览
        </button>
      </form>
    </section>
  );
}

function Select(props: { label: string; value: string; onChange: (v: string) => void; children: ReactNode }) {
  return (
    <label className="lg-inline">
      <span>{props.label}</span>
      <select className="input" value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.children}
      </select>
    </label>
  );
}

function VillageOptions({ villages, all }: { villages: Village[]; all: string }) {
  return (
    <>
      <option value="">{all}</option>
      {villages.map((village) => (
        <option key={village.code} value={village.code}>
          {villageOptionLabel(village)}
        </option>
      ))}
    </>
  );
}

function QuarterFields(props: { year: number; quarter: Quarter; onChange: (year: number, quarter: Quarter) => void }) {
  const thisYear = Number(todayDate().slice(0, 4));
  return (
    <>
      <Select label="年度" value={String(props.year)} onChange={(v) => props.onChange(Number(v), props.quarter)}>
        {[thisYear, thisYear - 1, thisYear - 2].map((year) => (
          <option key={year} value={year}>
            {year} 年
          </option>
        ))}
      </Select>
      <Select
        label="季度"
        value={String(props.quarter)}
        onChange={(v) => props.onChange(props.year, Number(v) as Quarter)}
      >
        {[1, 2, 3, 4].map((quarter) => (
          <option key={quarter} value={quarter}>
            第 {quarter} 季度
          </option>
        ))}
      </Select>
    </>
  );
}

export function LedgerChooser({ caller, user, current }: Props) {
  const villages = useVillages(caller);
  const now = quarterOf(todayDate());
  const [person, setPerson] = useState<Target | null>(null);
  const [personError, setPersonError] = useState<string | undefined>();
  const [forPerson, setForPerson] = useState(false);
  const [period, setPeriod] = useState({ year: now.year, quarter: now.quarter, village: '' });
  const [hhPeriod, setHhPeriod] = useState({ year: now.year, quarter: now.quarter, village: '' });
  const [register, setRegister] = useState({ register: 'unemployed' as Register, village: '', status: '' });
  const mayShowFullId = user.role === 'head' || user.canViewFullId;
  const open = (request: LedgerRequest) => navigate(printPath(request));
  const village = (code: string) => (code ? { villageCode: code } : {});

  return (
    <section className="card lg-card" aria-labelledby="lg-title">
      <h1 id="lg-title" className="page-title">
        台账打印
      </h1>
      <div className="lg-choices">
        <Choice
          kind="assistance-card"
          current={current}
          note="一人一卡：基本情况、困难类别与认定、全部援助记录、退出情况。A4 纵向。"
          onPreview={() =>
            person
              ? open({ kind: 'assistance-card', input: { personId: person.id, forPerson: forPerson && mayShowFullId } })
              : setPersonError('请先查找并选择人员')
          }
        >
          <TargetPicker
            id="lg-card-person"
            label="人员"
            caller={caller}
            target={person}
            allowHouseholds={false}
            error={personError}
            onChange={(chosen) => {
              setPerson(chosen);
              setPersonError(undefined);
            }}
          />
          <label className="lg-check">
            <input
              type="checkbox"
              checked={forPerson && mayShowFullId}
              disabled={!mayShowFullId}
              onChange={(event) => setForPerson(event.target.checked)}
            />
            本人领取（显示完整身份证号）
          </label>
          {!mayShowFullId ? (
            <p className="field-hint">您没有查看完整身份证号的权限，打印时身份证号将隐去中间 8 位。</p>
          ) : null}
        </Choice>
        <Choice
          kind="quarterly-assistance"
          current={current}
          note="本季度每一次援助一行，末尾合计人次、人数与金额。A4 横向。"
          onPreview={() => open({ kind: 'quarterly-assistance', input: { ...period, ...village(period.village) } })}
        >
          <QuarterFields {...period} onChange={(year, quarter) => setPeriod({ ...period, year, quarter })} />
          <Select label="范围" value={period.village} onChange={(v) => setPeriod({ ...period, village: v })}>
            <VillageOptions villages={villages} all="全镇" />
          </Select>
        </Choice>
        <Choice
          kind="households"
          current={current}
          note="截至季末已认定的零就业家庭、清零时限与清零情况。A4 横向。"
          onPreview={() => open({ kind: 'households', input: { ...hhPeriod, ...village(hhPeriod.village) } })}
        >
          <QuarterFields {...hhPeriod} onChange={(year, quarter) => setHhPeriod({ ...hhPeriod, year, quarter })} />
          <Select label="范围" value={hhPeriod.village} onChange={(v) => setHhPeriod({ ...hhPeriod, village: v })}>
            <VillageOptions villages={villages} all="全镇" />
          </Select>
        </Choice>
        <Choice
          kind="register"
          current={current}
          note="按名册、村（社区）和状态打印人员名单。A4 横向。"
          onPreview={() =>
            open({
              kind: 'register',
              input: {
                register: register.register,
                ...village(register.village),
                ...(isCode(PERSON_STATUS, register.status) ? { status: register.status } : {}),
              },
            })
          }
        >
          <Select
            label="名册"
            value={register.register}
            onChange={(v) => setRegister({ ...register, register: REGISTERS.find((r) => r === v) ?? 'all' })}
          >
            {REGISTERS.map((value) => (
              <option key={value} value={value}>
                {REGISTER_LABELS[value]}
              </option>
            ))}
          </Select>
          <Select
            label="村（社区）"
            value={register.village}
            onChange={(v) => setRegister({ ...register, village: v })}
          >
            <VillageOptions villages={villages} all="全镇" />
          </Select>
          <Select label="状态" value={register.status} onChange={(v) => setRegister({ ...register, status: v })}>
            <option value="">全部状态</option>
            {PERSON_STATUS.map((status) => (
              <option key={status.code} value={status.code}>
                {status.name}
              </option>
            ))}
          </Select>
        </Choice>
      </div>
    </section>
  );
}
