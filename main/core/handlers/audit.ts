import type { AreaHandlers } from '../handler-types';
import { listAudit } from '../services/audit-list';
import { verifyAuditChain } from '../services/audit-verify';

export const auditHandlers: AreaHandlers<'audit:list' | 'audit:verify'> = {
  'audit:list': (input, { store }) => listAudit(store, input),
  'audit:verify': (_input, { store }) => verifyAuditChain(store.sqlite, store.auditKey),
};
