// 季度报送 (/package): the wizard that checks and makes the quarter's package for the county, and below it every
// package made so far with the county's verdict. `?year=&quarter=` reopens the wizard at the check of that quarter,
// which is where Back lands after fixing a problem in a record.
import { useCallback, useState } from 'react';
import { quarterFromQuery } from '@renderer/components/QuarterSelect';
import { useCaller } from '@renderer/components/useCaller';
import type { AreaProps } from '../areas';
import { PackageHistory } from './PackageHistory';
import { PackageWizard } from './PackageWizard';
import './package.css';

export function PackageArea({ query, user, onSessionLost }: AreaProps) {
  const caller = useCaller(onSessionLost);
  const canWrite = user.role !== 'readonly';
  // bumped when a package is made, so the history below shows it at once
  const [made, setMade] = useState(0);
  const onMade = useCallback(() => setMade((count) => count + 1), []);
  return (
    <>
      <PackageWizard
        caller={caller}
        initial={quarterFromQuery(query)}
        operator={user.displayName}
        canWrite={canWrite}
        onMade={onMade}
      />
      <PackageHistory caller={caller} canWrite={canWrite} reloadKey={made} />
    </>
  );
}
