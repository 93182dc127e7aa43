// A person's page (/persons/<id>): header, 基本信息 or 变更记录 on the left, the registers on the right, and the
// dialogs that change the registration. Every change reloads the person, so what is shown is what is saved.
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { hrefFor, navigate } from '@renderer/router';
import type { PersonDetail } from '@shared/contract';
import { DeleteDialog } from './DeleteDialog';
import { EndDifficultyDialog, RecogniseDialog } from './DifficultyDialogs';
import type { ActionDialogProps } from './dialogParts';
import { EditTab } from './EditTab';
import { takeFlash } from './flash';
import { personPath } from './format';
import { HistoryTab } from './HistoryTab';
import { PersonHeader } from './PersonHeader';
import type { Caller } from '@renderer/components/useCaller';
import { DifficultyCard, DisabilityCard, StatusCard, type DialogKind } from './SideCards';
import { PersonAssistancePanel } from '../assistance/PersonAssistancePanel';
import { CancelDialog, EmployDialog, ReregisterDialog } from './StatusDialogs';
import { useVillages } from './useVillages';

const DIALOGS: Record<DialogKind, (props: ActionDialogProps) => ReactElement> = {
  employ: EmployDialog,
  cancel: CancelDialog,
  reregister: ReregisterDialog,
  recognise: RecogniseDialog,
  'end-difficulty': EndDifficultyDialog,
  delete: DeleteDialog,
};

/** `correction`: opened from a pre-flight problem of the quarterly package, so a save corrects past quarters too. */
type PersonPageProps = {
  id: number;
  tab: string | null;
  caller: Caller;
  canWrite: boolean;
  correction?: boolean;
  onSessionLost: () => void;
};

export function PersonPage({ id, tab, caller, canWrite, correction = false, onSessionLost }: PersonPageProps) {
  const [person, setPerson] = useState<PersonDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(() => takeFlash(personPath(id)));
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [dirty, setDirty] = useState(false);
  const villages = useVillages(caller);

  const reload = useCallback(async () => {
    const result = await caller('persons:get', { id });
    if (result.ok) {
      setPerson(result.value);
      setLoadError(null);
    } else setLoadError(result.error.message);
  }, [caller, id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const done = useCallback(
    (message: string) => {
      setDialog(null);
      setNotice(message);
      void reload();
    },
    [reload],
  );
  const reloadAfterConflict = useCallback(() => {
    setDialog(null);
    setNotice('已重新加载，显示的是最新内容。');
    void reload();
  }, [reload]);

  if (!person) {
    return (
      <section className="card ps-card">
        {loadError ? <FormAlert message={loadError} /> : <p className="muted">正在打开……</p>}
        <a className="btn" href={hrefFor('/persons')}>
          返回名册
        </a>
      </section>
    );
  }

  const Open = dialog ? DIALOGS[dialog] : null;
  const history = tab === 'history';
  const assistance = tab === 'assistance';
  const onAction = canWrite ? setDialog : null;
  const blocked = dirty ? '“基本信息”有未保存的修改，请先保存或放弃修改。' : null;
  return (
    <>
      <PersonHeader person={person} onDelete={canWrite ? () => setDialog('delete') : null} />
      <FormAlert tone="success" message={notice} />
      <div className="ps-layout">
        <section className="card ps-main-card">
          <nav className="ps-tabs ps-tabs-boxed" aria-label="人员信息">
            <a
              href={hrefFor(personPath(id))}
              className="ps-tab"
              aria-current={history || assistance ? undefined : 'page'}
            >
              基本信息
            </a>
            <a
              href={hrefFor(`${personPath(id)}?tab=assistance`)}
              className="ps-tab"
              aria-current={assistance ? 'page' : undefined}
            >
              就业援助
            </a>
            <a
              href={hrefFor(`${personPath(id)}?tab=history`)}
              className="ps-tab"
              aria-current={history ? 'page' : undefined}
            >
              变更记录
            </a>
          </nav>
          {history ? <HistoryTab personId={id} version={person.version} caller={caller} villages={villages} /> : null}
          {assistance ? (
            <PersonAssistancePanel
              personId={id}
              canWrite={canWrite}
              onSessionLost={onSessionLost}
              onPersonChanged={() => void reload()}
            />
          ) : null}
          {/* kept mounted while another tab is shown, so a look at the history does not throw away unsaved edits */}
          <div hidden={history || assistance}>
            <EditTab
              key={person.version}
              person={person}
              caller={caller}
              villages={villages}
              canWrite={canWrite}
              onSaved={done}
              onReload={reloadAfterConflict}
              onDirty={setDirty}
              correctionMode={correction}
            />
          </div>
        </section>
        <aside className="ps-side" aria-label="登记情况">
          <StatusCard person={person} onAction={onAction} blocked={blocked} />
          <DifficultyCard person={person} onAction={onAction} blocked={blocked} />
          <DisabilityCard person={person} />
        </aside>
      </div>
      {Open ? (
        <Open
          person={person}
          caller={caller}
          onClose={() => setDialog(null)}
          onDone={dialog === 'delete' ? () => navigate('/persons') : done}
          onReload={reloadAfterConflict}
        />
      ) : null}
    </>
  );
}
