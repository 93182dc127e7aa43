// The 零就业家庭 area: /zero-households (register), /zero-households/new (application), /zero-households/<id>.
import type { AreaProps } from '../areas';
import { HouseholdPage } from './HouseholdPage';
import { HouseholdRegister } from './HouseholdRegister';
import { NewHouseholdPage } from './NewHouseholdPage';
import { useCaller } from './request';
import './shared.css';
import './households.css';

export function HouseholdsArea({ subPath, onSessionLost }: AreaProps) {
  const caller = useCaller(onSessionLost);
  const [first] = subPath;
  if (first === undefined) return <HouseholdRegister caller={caller} />;
  if (first === 'new') return <NewHouseholdPage caller={caller} />;
  const id = Number(first);
  if (!Number.isInteger(id) || id <= 0) return <HouseholdRegister caller={caller} />;
  // keyed by id so that going from one household to another starts with a clean page
  return <HouseholdPage key={id} id={id} caller={caller} />;
}
