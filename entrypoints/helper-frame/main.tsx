import { render } from 'preact';
import { currentLocale } from '@/utils/i18n/locale';
import { frameParamsFrom } from '@/utils/page-helpers/frame-params';
import { HelperFrameApp } from './app';
import { reportHeight } from './report-height';
import '@/assets/tokens.css';
import './style.css';

/**
 * The helper frame (issue 18): an extension page the content script puts inside the panel, so
 * everything a seller types or clicks lives where the host page cannot script it (a cross-origin
 * frame: no DOM access, no execCommand, no synthetic events). It talks to the background itself;
 * the background judges it by its tab's URL, never by this frame's URL parameters.
 */
const params = frameParamsFrom(location.search);
const root = document.getElementById('app');
if (params && root) {
  const locale = currentLocale(params.language);
  document.documentElement.lang = locale.replace('_', '-');
  render(<HelperFrameApp context={params.context} language={params.language} />, root);
  reportHeight(root);
}
