import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// React's own constraint for lazy components; a page's props are whatever its export declares.
type AnyComponent = ComponentType<any>;

/**
 * React.lazy for a named export (the portal has no default exports): the module is fetched the
 * first time the component renders, so each page's code loads with the page.
 */
export function lazyNamed<K extends string, M extends Record<K, AnyComponent>>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
