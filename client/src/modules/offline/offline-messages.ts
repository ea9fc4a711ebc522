// Texts of the offline indicator; zh-CN first.
import type { Messages } from '../../i18n/messages';

export const offlineZh = {
  offline: '离线',
  offlineSince: '离线 · 数据更新于 {{time}}',
};

export const offlineEn: Messages<typeof offlineZh> = {
  offline: 'Offline',
  offlineSince: 'Offline · data from {{time}}',
};
