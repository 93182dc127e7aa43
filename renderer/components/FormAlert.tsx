type FormAlertProps = { message: string | null | undefined; tone?: 'error' | 'success' | 'info' };

/** A message about the whole form (not one field); role=alert so it is read out when it appears. */
export function FormAlert({ message, tone = 'error' }: FormAlertProps) {
  if (!message) return null;
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {message}
    </div>
  );
}
