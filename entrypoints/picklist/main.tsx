import '@/assets/ui.css';
import './picklist.css';
import { render } from 'preact';
import { PageRoot } from '@/components/page-root';
import { askFirstSettings, wordsReady } from '@/components/page-start';
import { PickListPage } from './pick-list-page';

// Settings and the words of the seller's language first: the first frame is in that language.
const first = askFirstSettings();
void wordsReady(first).then(() =>
  render(<PageRoot first={first}>{() => <PickListPage />}</PageRoot>, document.getElementById('app')!),
);
