// Pieces every action dialog of the person page shares: the props, the message on top and the button row.
import { FormAlert } from '@renderer/components/FormAlert';
import type { PersonDetail } from '@shared/contract';
import { ConflictAlert } from './ConflictAlert';
import type { ActionState } from './useAction';
import type { Caller } from '@renderer/components/useCaller';

export type ActionDialogProps = {
  person: PersonDetail;
  caller: Caller;
  onClose: () => void;
  /** The write succeeded: reload the person and show `notice`. */
  onDone: (notice: string) => void;
  /** The record changed meanwhile: close and reload it. */
  onReload: () => void;
};

export function ActionMessage({ action, onReload }: { action: ActionState; onReload: () => void }) {
  if (action.conflict && action.message) return <ConflictAlert message={action.message} onReload={onReload} />;
  return <FormAlert message={action.message} />;
}

type DialogActionsProps = {
  busy: boolean;
  confirm: string;
  onCancel: () => void;
  danger?: boolean;
  disabled?: boolean;
};

export function DialogActions({ busy, confirm, onCancel, danger, disabled }: DialogActionsProps) {
  return (
    <div className="actions">
      <span className="spacer" />
      <button type="button" className="btn" onClick={onCancel}>
        取消
      </button>
      <button type="submit" className={danger ? 'btn ps-btn-danger' : 'btn btn-primary'} disabled={busy || disabled}>
        {busy ? '正在保存……' : confirm}
      </button>
    </div>
  );
}
