// 基本情况: the paragraph the county's report drafts ask for, written from the same numbers, ready to paste into WPS.
import { useState } from 'react';
import { copyText } from '@renderer/components/copyText';

export function ParagraphBox({ paragraph }: { paragraph: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const copy = () =>
    setMessage(copyText(paragraph) ? '已复制，可粘贴到 WPS 或 Word 中' : '复制失败：请选中文字后按 Ctrl+C');
  return (
    <section className="card stats-paragraph" aria-labelledby="stats-paragraph-title">
      <div className="stats-box-head">
        <h2 id="stats-paragraph-title">基本情况</h2>
        <span role="status" className="copy-status">
          {message}
        </span>
        <button type="button" className="btn btn-small" onClick={copy}>
          复制
        </button>
      </div>
      <p className="paragraph-text">{paragraph}</p>
    </section>
  );
}
