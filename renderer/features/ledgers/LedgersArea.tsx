// 台账打印 (/ledgers): the chooser, and the print preview at /ledgers/print/<kind>?… (an address, so F5 keeps it).
import { useMemo } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import type { AreaProps } from '../areas';
import { useCaller } from '../assistance/request';
import { LedgerChooser } from './LedgerChooser';
import { parseRequest } from './ledgerRequest';
import { PrintPreview } from './PrintPreview';
import './ledgers.css';

export function LedgersArea({ subPath, query, user, onSessionLost }: AreaProps) {
  const caller = useCaller(onSessionLost);
  const [first, kind] = subPath;
  const queryText = query.toString();
  // one request object per address: the preview reloads when the address changes, not on every render of the shell
  const request = useMemo(() => parseRequest(kind, new URLSearchParams(queryText)), [kind, queryText]);
  if (first === undefined) return <LedgerChooser caller={caller} user={user} current={query.get('kind')} />;
  if (first !== 'print') return <FormAlert message={`地址有误：没有“${first}”这一页。`} />;
  if (typeof request === 'string') return <FormAlert message={request} />;
  return <PrintPreview key={`${kind ?? ''}?${queryText}`} caller={caller} request={request} />;
}
