import { Button, ConfigProvider, Space, message, notification } from 'antd';
import { antdConfig } from '../i18n/locale-provider';
import { currentLanguage } from '../i18n/i18n';

// Static methods render outside the React tree; holderRender gives them the portal's theme and the
// current language's antd texts (ui/feedback.ts loads this module on the first toast).
ConfigProvider.config({
  holderRender: (children) => <ConfigProvider {...antdConfig(currentLanguage())}>{children}</ConfigProvider>,
});

export { message };

export interface UpdateNoticeTexts {
  title: string;
  body: string;
  later: string;
  reload: string;
}

const UPDATE_KEY = 'tongxin-update';

export function showUpdate(texts: UpdateNoticeTexts, apply: () => void) {
  notification.info({
    key: UPDATE_KEY,
    title: texts.title,
    description: texts.body,
    duration: false,
    actions: (
      <Space>
        <Button size="small" onClick={() => notification.destroy(UPDATE_KEY)}>
          {texts.later}
        </Button>
        <Button type="primary" size="small" data-testid="pwa-reload" onClick={apply}>
          {texts.reload}
        </Button>
      </Space>
    ),
  });
}
