import { defineDictionary } from '../define';

/**
 * The helper panel's shell on seller pages (title, collapse toggle, the frame's accessible name):
 * the only strings the content script carries, so it ships this dictionary and no other.
 */
export const pageHelperShell = defineDictionary({
  en: {
    'panel.title': 'Crossdock helper',
    'panel.collapse': 'Collapse',
    'panel.expand': 'Expand',
    'panel.frameTitle': 'Crossdock helper: figures and actions',
  },
  ko: {
    'panel.title': 'Crossdock 도우미',
    'panel.collapse': '접기',
    'panel.expand': '펼치기',
    'panel.frameTitle': 'Crossdock 도우미: 수치와 작업',
  },
  zh_CN: {
    'panel.title': 'Crossdock 助手',
    'panel.collapse': '收起',
    'panel.expand': '展开',
    'panel.frameTitle': 'Crossdock 助手：数据与操作',
  },
});
