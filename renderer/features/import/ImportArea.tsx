// 导入台账 (/import): bring a station's existing Excel/CSV register into 人员登记. Importing writes, so a read-only
// user is told so instead of being shown a dry run that core would refuse anyway.
import { FormAlert } from '@renderer/components/FormAlert';
import { useCaller } from '@renderer/components/useCaller';
import type { AreaProps } from '../areas';
import { ImportWizard } from './ImportWizard';
import './import.css';
import './import-steps.css';

export function ImportArea({ user, onSessionLost }: AreaProps) {
  const caller = useCaller(onSessionLost);
  if (user.role === 'readonly') return <FormAlert message="您是只读用户，不能导入台账。" tone="info" />;
  return <ImportWizard caller={caller} />;
}
