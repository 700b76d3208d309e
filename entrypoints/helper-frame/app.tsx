import type { LanguageSetting } from '@/utils/i18n';
import type { PageContext } from '@/utils/page-helpers/types';
import { HELPER_RENDERERS } from './helpers';
import { HelperI18n, useT } from './i18n';

function HelperBody(props: { context: PageContext }) {
  const { t } = useT();
  const Helper = HELPER_RENDERERS[props.context.helperId];
  return (
    <main class="cd-body" data-testid="helper-frame-body" data-helper={props.context.helperId}>
      <Helper ids={props.context.ids} />
      <p class="cd-status" data-testid="panel-status">
        {t('panel.connected')}
      </p>
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
      <HelperBody context={props.context} />
    </HelperI18n>
  );
}
