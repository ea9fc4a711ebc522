import { Card, Statistic, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';

/** A figure with what it counts one hover (or tap) away. */
export function Kpi({
  testId,
  title,
  value,
  suffix,
  tip,
  footer,
}: {
  testId: string;
  title: string;
  value: number | string;
  suffix?: string;
  tip: string;
  footer?: string;
}) {
  return (
    <Card size="small" data-testid={testId}>
      <Statistic
        title={
          <Tooltip title={tip}>
            <span data-testid={`${testId}-tip`} data-tip={tip} style={{ cursor: 'help' }}>
              {title} <QuestionCircleOutlined />
            </span>
          </Tooltip>
        }
        value={value}
        suffix={suffix}
      />
      {footer ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`${testId}-footer`}>
          {footer}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
