import { TranslationOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../../i18n/i18n';
import { LightButton } from '../../ui/light-ui';

/** One click toggles between Chinese and English; the choice is remembered on this device. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const next = currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <LightButton
      data-testid="lang-switch"
      variant="text"
      icon={<TranslationOutlined />}
      aria-label={t('lang.switchLabel')}
      title={t('lang.switchLabel')}
      lang={next}
      onClick={() => void setLanguage(next)}
    >
      {compact ? null : t('lang.switchTo')}
    </LightButton>
  );
}
