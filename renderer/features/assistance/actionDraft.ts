// The fields of one assistance action as the clerk types them, and their check before saving. The contract's own
// schema does the check, so the messages are the server's; the server adds the rules that need the database.
import { assistanceFields, type AssistanceFieldsInput } from '@shared/contract';
import { issuesToFieldErrors, type FieldErrors } from '@renderer/components/fieldErrors';
import { NEEDS_EMPLOYER, todayDate, typeLabel } from './format';

export type ActionDraft = {
  type: string;
  date: string;
  content: string;
  employer: string;
  position: string;
  amount: string;
  result: string;
  notes: string;
};

export function emptyDraft(): ActionDraft {
  return { type: '', date: todayDate(), content: '', employer: '', position: '', amount: '', result: '', notes: '' };
}

export type DraftCheck = { ok: true; fields: AssistanceFieldsInput } | { ok: false; errors: FieldErrors };

/**
 * A referral or a public-welfare placement names the post as well as the employer: the paper ledger has both
 * columns and a county inspector asks for both. The server only insists on the employer (see the report's API gaps).
 */
function positionProblem(draft: ActionDraft): FieldErrors {
  if (!NEEDS_EMPLOYER.has(draft.type) || draft.position.trim() !== '') return {};
  return { position: `“${typeLabel(draft.type)}”须填写岗位` };
}

export function checkDraft(draft: ActionDraft): DraftCheck {
  const input = {
    type: draft.type,
    date: draft.date.trim(),
    content: draft.content,
    employer: draft.employer,
    position: draft.position,
    amount: draft.amount,
    result: draft.result,
    notes: draft.notes,
  };
  const parsed = assistanceFields.safeParse(input);
  const errors = { ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)), ...positionProblem(draft) };
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  // the input shape, not the parsed one: the transport parses again on the server (amount stays the typed text)
  return { ok: true, fields: { ...parsed.data, amount: draft.amount } };
}
