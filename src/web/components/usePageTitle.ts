import { useEffect } from 'react';

/** Sets `document.title` to "<page> · Stuurboord" while the page is shown. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Stuurboord` : 'Stuurboord';
  }, [title]);
}
