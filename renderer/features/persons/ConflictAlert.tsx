type ConflictAlertProps = { message: string; onReload: () => void };

/** Another clerk saved this person first: their change must not be overwritten, so the only way on is to reload. */
export function ConflictAlert({ message, onReload }: ConflictAlertProps) {
  return (
    <div className="alert alert-error ps-conflict" role="alert">
      <strong>记录已被他人修改，本次未保存</strong>
      <p>{message}</p>
      <button type="button" className="btn btn-primary" onClick={onReload}>
        重新加载
      </button>
    </div>
  );
}
