// The preview's view of the paper: the scale that fits the sheet on screen, and the pages it will print on.
// Both stay off the paths that block the page: the scale is a CSS transform (no new layout of a 2,000-row table),
// and the pages are counted after the browser has laid the sheet out and painted it, not inside React's commit.
import { useEffect, useState, type RefObject } from 'react';
import { fitZoom, paginate, type Pagination, type Paper } from './pageLayout';

export type SheetLayout = { scale: number; pagination: Pagination | null; height: number };

export function useSheetLayout(deskRef: RefObject<HTMLDivElement | null>, content: unknown, paper: Paper): SheetLayout {
  const [scale, setScale] = useState(1);
  const [pagination, setPagination] = useState<Pagination | null>(null);
  const [height, setHeight] = useState(0);

  useEffect(() => {
    const desk = deskRef.current;
    if (!desk) return;
    const fit = () => setScale(fitZoom(desk.clientWidth - 32, paper));
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [deskRef, paper]);

  useEffect(() => {
    setPagination(null);
    if (!content) return;
    let current = true;
    let timer = 0;
    const measure = () => {
      const sheet = deskRef.current?.querySelector<HTMLElement>('.lg-sheet');
      if (!current || !sheet) return;
      setPagination(paginate(sheet, paper));
      setHeight(sheet.offsetHeight);
    };
    // a frame, then a task: by then the browser has laid out and painted the sheet, and the fonts that set the rows'
    // heights have arrived
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => void document.fonts.ready.then(measure), 0);
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [deskRef, content, paper]);

  return { scale, pagination, height };
}
