// 县级规则: the county's settings that decide suggestions, deadlines and quotas. The head edits them; everybody else
// reads them here, because a clerk asked "why is 王五 suggested as 大龄?" deserves to see the threshold.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { TextField } from '@renderer/components/TextField';
import { hasErrors, type FieldErrors } from '@renderer/components/fieldErrors';
import { DIFFICULTY } from '@shared/codes/index';
import type { SettingsValues } from '@shared/contract';
import type { ClearanceRule } from '@shared/domain/working-days';
import type { Caller } from './request';
import { RuleNumber } from './RuleNumber';
import { NUMBER_PATHS, changedSettings, fromDraft, toDraft, type NumberKey, type RulesDraft } from './rulesDraft';

const CLEARANCE_KINDS: { kind: ClearanceRule['kind']; label: string }[] = [
  { kind: 'calendar-days', label: '认定后若干日内（自然日）' },
  { kind: 'working-days', label: '认定后若干个工作日内' },
  { kind: 'quarter-end', label: '认定当季度末前' },
];

export function RulesTab({ caller, canEdit }: { caller: Caller; canEdit: boolean }) {
  const [saved, setSaved] = useState<SettingsValues | null>(null);
  const [draft, setDraft] = useState<RulesDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await caller('settings:get', {});
    if (!result.ok) return setMessage(result.error.message);
    setSaved(result.value);
    setDraft(toDraft(result.value));
  }, [caller]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!draft || !saved) return message ? <FormAlert message={message} /> : <p className="muted">正在加载……</p>;

  const set = (patch: Partial<RulesDraft>, path: string) => {
    setDraft({ ...draft, ...patch });
    setErrors(({ [path]: _, ...rest }) => rest);
    setDone(null);
  };
  const num = (key: NumberKey, label: string, unit: string) => (
    <RuleNumber
      id={`rule-${key}`}
      label={label}
      unit={unit}
      value={draft[key]}
      error={errors[NUMBER_PATHS[key]]}
      disabled={!canEdit}
      onChange={(value) => set({ [key]: value }, NUMBER_PATHS[key])}
    />
  );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !canEdit) return;
    const { values, errors: problems } = fromDraft(draft);
    if (!values || hasErrors(problems)) {
      setErrors(problems);
      setMessage(problems.ageRules ?? '请按红色提示修改。');
      return;
    }
    const changes = changedSettings(saved, values);
    if (Object.keys(changes).length === 0) {
      setDone('没有修改任何规则。');
      return;
    }
    setBusy(true);
    const result = await caller('settings:update', changes);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setMessage(result.error.message);
      return;
    }
    setSaved(result.value);
    setDraft(toDraft(result.value));
    setErrors({});
    setMessage(null);
    setDone('县级规则已保存，新的规则从现在起生效。');
  };

  const toggle = (code: RulesDraft['enabled'][number], on: boolean) =>
    set({ enabled: on ? [...draft.enabled, code] : draft.enabled.filter((c) => c !== code) }, 'difficulty.enabled');

  return (
    <form noValidate onSubmit={(event) => void save(event)} className="st-rules">
      {canEdit ? null : <FormAlert tone="info" message="县级规则由站负责人按县人社局的文件设置，这里只能查看。" />}
      <FormAlert message={message} />
      <FormAlert message={done} tone="success" />

      <fieldset className="st-fieldset">
        <legend>就业困难人员类别（本县认定的类别）</legend>
        <div className="st-checks">
          {DIFFICULTY.map((entry) => (
            <label key={entry.code} className="st-check">
              <input
                type="checkbox"
                checked={draft.enabled.includes(entry.code)}
                disabled={!canEdit}
                onChange={(event) => toggle(entry.code, event.target.checked)}
              />
              {entry.name}
            </label>
          ))}
        </div>
        <div className="st-rule-row">
          <span className="st-rule-title">大龄失业人员</span>
          {num('olderFemale', '女性年满', '周岁')}
          {num('olderMale', '男性年满', '周岁')}
        </div>
        <div className="st-rule-row">
          <span className="st-rule-title">长期失业</span>
          {num('longMonths', '连续失业满', '个月')}
        </div>
      </fieldset>

      <fieldset className="st-fieldset">
        <legend>劳动年龄与法定退休年龄</legend>
        {errors.ageRules ? <div className="field-error">{errors.ageRules}</div> : null}
        <div className="st-rule-row">
          <span className="st-rule-title">劳动年龄</span>
          {num('workingFrom', '劳动年龄起点', '周岁')}
        </div>
        <div className="st-rule-row">
          <span className="st-rule-title">法定退休年龄</span>
          {num('retireMale', '男性退休年龄', '周岁')}
          {num('retireFemale', '女性退休年龄', '周岁')}
        </div>
      </fieldset>

      <fieldset className="st-fieldset">
        <legend>零就业家庭动态清零与跟踪服务</legend>
        <div className="st-rule-row">
          <label className="st-rule-title" htmlFor="rule-clearance-kind">
            动态清零时限
          </label>
          <select
            id="rule-clearance-kind"
            className="input st-select"
            value={draft.clearanceKind}
            disabled={!canEdit}
            onChange={(event) => set({ clearanceKind: event.target.value as ClearanceRule['kind'] }, 'clearanceRule')}
          >
            {CLEARANCE_KINDS.map((entry) => (
              <option key={entry.kind} value={entry.kind}>
                {entry.label}
              </option>
            ))}
          </select>
          {draft.clearanceKind === 'quarter-end'
            ? null
            : num('clearanceDays', '时限天数', draft.clearanceKind === 'working-days' ? '个工作日' : '日')}
        </div>
        <div className="st-rule-row">
          <span className="st-rule-title">跟踪期限</span>
          {num('followUpDays', '未联系满', '天须回访')}
        </div>
        <div className="st-rule-row">
          <span className="st-rule-title">服务指标（每人每年）</span>
          {num('referrals', '职业介绍', '次')}
          {num('guidance', '职业指导', '次')}
          {num('training', '培训机会', '次')}
        </div>
        <div className="st-rule-row">
          <span className="st-rule-title">服务指标（每户）</span>
          {num('offers', '岗位信息', '个')}
        </div>
      </fieldset>

      <fieldset className="st-fieldset">
        <legend>安全与备份</legend>
        <div className="st-rule-row">
          <span className="st-rule-title">自动退出</span>
          {num('idleMinutes', '无操作', '分钟后自动退出（0 表示不自动退出）')}
        </div>
        <TextField
          id="rule-backup-folder"
          label="第二备份文件夹"
          value={draft.backupFolder}
          disabled={!canEdit}
          autoComplete="off"
          error={errors.backupFolder}
          hint="每次备份时再复制一份到这里，最好是另一块硬盘或常插的U盘，例如 D:\劳动保障站备份；留空表示不复制。"
          onChange={(value) => set({ backupFolder: value }, 'backupFolder')}
        />
      </fieldset>

      {canEdit ? (
        <div className="actions">
          <button
            type="button"
            className="btn"
            onClick={() => {
              setDraft(toDraft(saved));
              setErrors({});
              setMessage(null);
            }}
          >
            放弃修改
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? '正在保存……' : '保存规则'}
          </button>
        </div>
      ) : null}
    </form>
  );
}
