// On the first step of the wizard: a PC that replaces a dead one should get its data back from a backup, not start
// an empty station. Offered only when the server says the station is empty (recovery:status), with what it found.
import { useEffect, useState } from 'react';
import { call } from '@renderer/api/client';

export function RestoreOffer({ onRestore }: { onRestore: () => void }) {
  const [found, setFound] = useState<number | null>(null);

  useEffect(() => {
    let current = true;
    const check = async () => {
      const result = await call('recovery:status', {});
      if (current && result.ok && result.value.state === 'empty') {
        setFound(result.value.candidates.filter((backup) => backup.verified).length);
      }
    };
    void check();
    return () => {
      current = false;
    };
  }, []);

  if (found === null) return null;
  return (
    <div className="setup-restore-offer">
      <span>
        换了新电脑？可以直接从原来的备份恢复全部数据，不必重新设置。
        {found > 0 ? `（在本机找到 ${found} 份备份）` : ''}
      </span>
      <button type="button" className="btn-link" onClick={onRestore}>
        从备份恢复
      </button>
    </div>
  );
}
