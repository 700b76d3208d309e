import { type ComponentChildren, createContext, Fragment } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { useEvent } from './events';

const WipedContext = createContext(false);

/**
 * After "Delete all data" every open view starts over: everything below is mounted afresh on the
 * wipe event, so no view keeps a member, an order, a typed offer id or a half-filled form in its
 * state (each view reloads what is left, which is nothing). `useWiped()` tells the fresh views
 * that a wipe happened while this page was open, for the one line that says it was done.
 */
export function ResetOnWipe(props: { children: ComponentChildren }) {
  const [generation, setGeneration] = useState(0);
  useEvent('data.wiped', () => setGeneration((g) => g + 1));
  return (
    <WipedContext.Provider value={generation > 0}>
      <Fragment key={generation}>{props.children}</Fragment>
    </WipedContext.Provider>
  );
}

/** True once all data was deleted while this page was open. */
export function useWiped(): boolean {
  return useContext(WipedContext);
}
