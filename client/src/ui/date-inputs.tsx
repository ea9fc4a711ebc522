import { DatePicker } from 'antd';
import type { DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT, DATE_TIME_FORMAT } from './dates';

// The inputs of dates.tsx's conventions. A module of its own because antd's DatePicker is large:
// pages that only show dates (the shell, the homes) must not load it.

// antd types the picker's value for its multiple mode too; these pickers pick one.
const single = (d: Dayjs | Dayjs[] | null) => (Array.isArray(d) ? (d[0] ?? null) : d);

type PickerProps = Omit<DatePickerProps, 'value' | 'onChange' | 'picker' | 'showTime'>;

type InputProps = PickerProps & { value?: string | null; onChange?: (value: string | undefined) => void };

/** One picked day or instant as the string a form holds (`toValue`), typed in `format`. */
function PickerInput({
  value,
  onChange,
  format,
  toValue,
  showTime,
  ...rest
}: InputProps & { format: string; toValue: (d: Dayjs) => string; showTime?: DatePickerProps['showTime'] }) {
  return (
    <DatePicker
      {...rest}
      showTime={showTime}
      value={value ? dayjs(value) : null}
      format={format}
      onChange={(picked) => {
        const d = single(picked);
        onChange?.(d ? toValue(d) : undefined);
      }}
      style={{ width: '100%', ...rest.style }}
    />
  );
}

/** A calendar date (`YYYY-MM-DD`) for a Form.Item. */
export function DateInput(props: InputProps) {
  return <PickerInput {...props} format={DATE_FORMAT} toValue={(d) => d.format(DATE_FORMAT)} />;
}

/** An instant (ISO string) picked to the minute, for a Form.Item. */
export function DateTimeInput(props: InputProps) {
  return (
    <PickerInput {...props} showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} toValue={(d) => d.toISOString()} />
  );
}
