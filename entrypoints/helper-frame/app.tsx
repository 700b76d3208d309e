import { EventsProvider } from '@/components/events';
import { ResetOnWipe } from '@/components/reset-on-wipe';
import type { LanguageSetting } from '@/utils/i18n';
import type { PageContext } from '@/utils/page-helpers/types';
import { HELPER_RENDERERS } from './helpers';
import { HelperI18n } from './i18n';

function HelperBody(props: { context: PageContext }) {
  const Helper = HELPER_RENDERERS[props.context.helperId];
  // No blanket "connected" line: each helper says itself whether an account is connected.
  return (
    <main class="cd-body" data-testid="helper-frame-body" data-helper={props.context.helperId}>
      <Helper ids={props.context.ids} />
    </main>
  );
}

/**
 * The helper frame's content: the helper for the page the content script named, in the seller's
 * language. The panel's title and collapse toggle are the content script's (shadow root).
 */
export function HelperFrameApp(props: { context: PageContext; language: LanguageSetting }) {
  return (
    <HelperI18n language={props.language}>
      {/* The background tells a helper frame one event, the wipe: then the helper starts over. */}
      <EventsProvider>
        <ResetOnWipe>
          <HelperBody context={props.context} />
        </ResetOnWipe>
      </EventsProvider>
    </HelperI18n>
  );
}
