// 打印预览 (/ledgers/print/<kind>?…): the ledger on white A4 sheets over a grey desk, with 打印 and 保存为 PDF. Every
// word on the sheet is React text, so whatever a clerk typed (even "<img src=x onerror=…>") prints as typed.
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormAlert } from '@renderer/components/FormAlert';
import { hrefFor } from '@renderer/router';
import type { RpcError } from '@shared/contract';
import type { Caller } from '../assistance/request';
import { CardSheet } from './CardSheet';
import { HouseholdsSheet } from './HouseholdsSheet';
import { isPortrait, LEDGER_NAMES, type LedgerData, type LedgerRequest } from './ledgerRequest';
import { loadLedger } from './loadLedger';
import { PAPER, runningHeaderCss } from './pageLayout';
import { useProgressiveLimit } from './useProgressiveLimit';
import { useSheetLayout } from './useSheetLayout';
import { printLedger, type PrintButton } from './printLedger';
import { QuarterlySheet } from './QuarterlySheet';
import { RegisterSheet } from './RegisterSheet';
import '@renderer/styles/print.css';

function Sheet({ ledger, limit }: { ledger: LedgerData; limit: number }) {
  switch (ledger.kind) {
    case 'assistance-card':
      return <CardSheet data={ledger.data} limit={limit} />;
    case 'quarterly-assistance':
      return <QuarterlySheet data={ledger.data} limit={limit} />;
    case 'households':
      return <HouseholdsSheet data={ledger.data} limit={limit} />;
    case 'register':
      return <RegisterSheet data={ledger.data} limit={limit} />;
  }
}

function rowCount(ledger: LedgerData | null): number {
  if (!ledger) return 0;
  return ledger.kind === 'assistance-card' ? ledger.data.actions.length : ledger.data.rows.length;
}

type Loaded = { ledger: LedgerData } | { error: RpcError } | null;

export function PrintPreview({ caller, request }: { caller: Caller; request: LedgerRequest }) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const deskRef = useRef<HTMLDivElement>(null);
  const portrait = isPortrait(request.kind);
  const paper = PAPER[portrait ? 'portrait' : 'landscape'];

  useEffect(() => {
    let current = true;
    void loadLedger(caller, request).then((result) => {
      if (current) setLoaded('kind' in result ? { ledger: result } : { error: result });
    });
    return () => {
      current = false;
    };
  }, [caller, request]);

  const ledger = loaded && 'ledger' in loaded ? loaded.ledger : null;
  const heading = ledger?.data.heading ?? null;
  const total = rowCount(ledger);
  const limit = useProgressiveLimit(total, ledger);
  const complete = ledger !== null && limit >= total;
  // rendered once per step: the toolbar's changes (busy, page count) never re-render 2,000 rows
  const sheet = useMemo(() => (ledger ? <Sheet ledger={ledger} limit={limit} /> : null), [ledger, limit]);
  const { scale, pagination, height } = useSheetLayout(deskRef, complete ? ledger : null, paper);
  const pages = pagination?.pages ?? null;
  // a ledger half laid out must never reach the paper
  const ready = complete && pagination !== null;

  // The browser offers the page title as the PDF's file name.
  useEffect(() => {
    if (!heading) return;
    const before = document.title;
    document.title = `${heading.title}（${heading.subtitle}）`;
    return () => {
      document.title = before;
    };
  }, [heading]);

  const print = async (button: PrintButton) => {
    if (!heading) return;
    setBusy(true);
    const title = `${heading.title}（${heading.subtitle}）`;
    // the card is portrait, the ledgers landscape (as their @page rules say)
    setMessage(
      await printLedger(caller, { kind: request.kind, title, pages }, button, request.kind !== 'assistance-card'),
    );
    setBusy(false);
  };

  const pageName = portrait ? 'ledger-portrait' : 'ledger-landscape';
  // The scaled sheet keeps its full size in the layout, so the frame around it takes the scaled size explicitly. The
  // width is set from the start: changing it later would lay the whole table out again.
  const frame =
    scale < 1 ? { width: `${paper.widthMm * scale}mm`, ...(height > 0 ? { height: height * scale } : {}) } : undefined;
  return (
    <div className="lg-print-root">
      <div className="lg-toolbar">
        <a className="btn lg-link-btn" href={hrefFor(`/ledgers?kind=${request.kind}`)}>
          ← 返回
        </a>
        <div className="lg-toolbar-title">
          <strong>{LEDGER_NAMES[request.kind]}</strong>
          <span className="muted">
            A4 {portrait ? '纵向' : '横向'}
            {pages !== null ? ` · 共 ${pages} 页` : ''}
            {ledger && !complete ? ` · 正在排版 ${limit}/${total} 行……` : ''}
          </span>
        </div>
        {window.labourStation ? null : <span className="muted lg-hint">在打印对话框中请取消勾选“页眉和页脚”</span>}
        <button type="button" className="btn" disabled={!ready || busy} onClick={() => void print('pdf')}>
          保存为 PDF
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!ready || busy}
          onClick={() => void print('printer')}
        >
          打印
        </button>
      </div>
      <FormAlert message={message} />
      {loaded && 'error' in loaded ? <FormAlert message={loaded.error.message} /> : null}
      {loaded === null ? <p className="muted">正在准备台账……</p> : null}
      <div ref={deskRef} className="lg-desk" data-pages={pages ?? undefined}>
        {heading ? <style>{runningHeaderCss(pageName, `${heading.title}（${heading.subtitle}）`)}</style> : null}
        {sheet ? (
          <div className="lg-frame" style={frame}>
            <div className="lg-zoom" style={scale < 1 ? { transform: `scale(${scale})` } : undefined}>
              {sheet}
              {/* where the paper will break, drawn over the continuous sheet; never printed */}
              {pagination?.breaks.map((top, index) => (
                <div key={top} className="lg-break" style={{ top: `calc(${paper.topMm}mm + ${top}px)` }}>
                  <span>{`第${index + 2}页`}</span>
                </div>
              ))}
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
