// The persons areas of the navigation: 人员登记 (/persons: registers, /persons/new, /persons/<id>), 就业困难
// (/difficulty) and 残疾人求职 (/disabled). A person always opens at /persons/<id>, whichever register listed them.
import { FormAlert } from '@renderer/components/FormAlert';
import type { AreaProps } from '../areas';
import { NewPersonPage } from './NewPersonPage';
import { PersonPage } from './PersonPage';
import { RegisterPage } from './RegisterPage';
import { useCaller } from '@renderer/components/useCaller';
import './persons.css';
import './person-page.css';

const PERSONS_TABS = [
  { register: 'unemployed', path: '/persons' },
  { register: 'all', path: '/persons?register=all' },
] as const;

export function PersonsArea({ subPath, query, user, onSessionLost }: AreaProps) {
  const caller = useCaller(onSessionLost);
  const canWrite = user.role !== 'readonly';
  const [first] = subPath;
  if (first === undefined) {
    const register = query.get('register') === 'all' ? 'all' : 'unemployed';
    return (
      <RegisterPage key={register} register={register} caller={caller} canWrite={canWrite} tabs={[...PERSONS_TABS]} />
    );
  }
  if (first === 'new') {
    if (!canWrite) return <FormAlert message="您是只读用户，不能登记新人员。" />;
    return <NewPersonPage caller={caller} />;
  }
  const id = Number(first);
  if (!Number.isInteger(id) || id <= 0) return <FormAlert message={`地址有误：找不到人员“${first}”。`} />;
  return (
    <PersonPage
      key={id}
      id={id}
      tab={query.get('tab')}
      caller={caller}
      canWrite={canWrite}
      correction={query.get('correction') === '1'}
      onSessionLost={onSessionLost}
    />
  );
}

export function DifficultyArea({ user, onSessionLost }: AreaProps) {
  const caller = useCaller(onSessionLost);
  return <RegisterPage register="difficulty" caller={caller} canWrite={user.role !== 'readonly'} />;
}

export function DisabledArea({ user, onSessionLost }: AreaProps) {
  const caller = useCaller(onSessionLost);
  return <RegisterPage register="disabled" caller={caller} canWrite={user.role !== 'readonly'} />;
}
