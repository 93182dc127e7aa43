// What every printed ledger has around its table: the title naming the township and the period, who prints it and
// when, and at the end the lines for 填表人 / 审核人 / 负责人 with the date and the place for the station's seal.
import type { ReactNode } from 'react';
import type { LedgerHeading } from '@shared/contract';

type Props = {
  heading: LedgerHeading;
  portrait: boolean;
  children: ReactNode;
  /** the card adds a line for the person's own signature */
  personSigns?: boolean;
};

function Blank({ wide = false }: { wide?: boolean }) {
  return <span className={wide ? 'lg-blank lg-blank-wide' : 'lg-blank'} aria-hidden="true" />;
}

export function SheetFrame({ heading, portrait, children, personSigns = false }: Props) {
  const station = `${heading.township}劳动保障站`;
  return (
    <article className={`lg-sheet ${portrait ? 'lg-portrait' : 'lg-landscape'}`} aria-label={heading.title}>
      <header className="lg-title-block">
        <h1 className="lg-title">{heading.title}</h1>
        <p className="lg-subtitle">{heading.subtitle}</p>
        <div className="lg-meta">
          <span>填报单位：{station}</span>
          <span className="lg-meta-right">
            <span>打印时间：{heading.printedAt}</span>
            <span>打印人：{heading.printedBy}</span>
          </span>
        </div>
      </header>
      {children}
      <footer className="lg-sign">
        <div className="lg-sign-lines">
          {personSigns ? (
            <p>
              援助对象签字：
              <Blank wide />
            </p>
          ) : null}
          <p>
            <span>
              填表人：
              <Blank />
            </span>
            <span>
              审核人：
              <Blank />
            </span>
            <span>
              负责人：
              <Blank />
            </span>
          </p>
          <p>
            填表日期：<span className="lg-date-blank">年</span>
            <span className="lg-date-blank lg-date-short">月</span>
            <span className="lg-date-blank lg-date-short">日</span>
          </p>
        </div>
        <div className="lg-seal">
          <div className="lg-seal-ring" aria-label="盖章处">
            盖章处
          </div>
          <div className="lg-seal-name">{station}（盖章）</div>
        </div>
      </footer>
    </article>
  );
}
