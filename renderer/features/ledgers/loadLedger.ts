// One call per kind of ledger: the data arrive already in words (labels, masked ID numbers), the sheet lays them out.
import type { RpcError } from '@shared/contract';
import type { Caller } from '../assistance/request';
import type { LedgerData, LedgerRequest } from './ledgerRequest';

export async function loadLedger(caller: Caller, request: LedgerRequest): Promise<LedgerData | RpcError> {
  switch (request.kind) {
    case 'assistance-card': {
      const result = await caller('ledgers:assistance-card', request.input);
      return result.ok ? { kind: request.kind, data: result.value } : result.error;
    }
    case 'quarterly-assistance': {
      const result = await caller('ledgers:quarterly-assistance', request.input);
      return result.ok ? { kind: request.kind, data: result.value } : result.error;
    }
    case 'households': {
      const result = await caller('ledgers:households', request.input);
      return result.ok ? { kind: request.kind, data: result.value } : result.error;
    }
    case 'register': {
      const result = await caller('ledgers:register', request.input);
      return result.ok ? { kind: request.kind, data: result.value } : result.error;
    }
  }
}
