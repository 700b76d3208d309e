import '@/assets/ui.css';
import './popup.css';
import { render } from 'preact';
import { PageRoot } from '@/components/page-root';
import { askFirstSettings, wordsReady } from '@/components/page-start';
import { PopupApp } from './app';

// Settings and the words of the seller's language first: the first frame is in that language.
const first = askFirstSettings();
void wordsReady(first).then(() =>
  render(<PageRoot first={first}>{() => <PopupApp />}</PageRoot>, document.getElementById('app')!),
);
