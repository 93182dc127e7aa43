import type { NavArea } from './navigation';

/** An area whose issue has not landed yet: say so plainly rather than show an empty or made-up register. */
export function ComingSoonPage({ area }: { area: NavArea }) {
  return (
    <section className="card" aria-labelledby="coming-soon-title">
      <h1 id="coming-soon-title" className="page-title">
        {area.label}
      </h1>
      <p>{area.summary}</p>
      <p className="muted">该功能将在后续版本提供。</p>
    </section>
  );
}
