// Follows the analyst's selection in the article text, so commands that need one (add, re-anchor)
// know it, and their buttons light up as soon as text is selected.
import { useEffect, useState, type RefObject } from 'react';
import { selectionIn, type TextSpan } from './textSelection.ts';

export function useTextSelection(container: RefObject<HTMLElement | null>): TextSpan | null {
  const [span, setSpan] = useState<TextSpan | null>(null);
  useEffect(() => {
    const onChange = () => {
      const next = selectionIn(container.current);
      setSpan((prev) => (prev?.start === next?.start && prev?.end === next?.end ? prev : next));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container]);
  return span;
}
