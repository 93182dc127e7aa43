import { FormAlert } from '@renderer/components/FormAlert';

type StartupPageProps = { error?: string; onRetry?: () => void };

/** Shown for the moment `app:info` is on its way, or when the back end cannot be reached at all. */
export function StartupPage({ error, onRetry }: StartupPageProps) {
  return (
    <div className="page-with-band">
      <div className="brand-band">劳动保障站实名制台账</div>
      <main className="centred-page">
        <div className="card" style={{ width: 480 }}>
          {error ? (
            <>
              <FormAlert message={error} />
              <button type="button" className="btn btn-primary" onClick={onRetry} autoFocus>
                重试
              </button>
            </>
          ) : (
            <p role="status" className="muted">
              正在启动，请稍候……
            </p>
          )}
        </div>
      </main>
    </div>
  );
}
