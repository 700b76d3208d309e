import { type DescribeOptions, describeError } from '@/utils/ui/errors/describe-error';
import { useI18n } from './i18n';

/**
 * Shows any error as "title — fix", in the wording of the marketplace it came from
 * (utils/ui/errors/describe-error.ts). `data-kind` tells tests which diagnosis was made
 * (`alibaba.<kind>` for 1688 errors).
 */
export function ErrorText(props: DescribeOptions & { error: unknown; testid?: string; inline?: boolean }) {
  const { t } = useI18n();
  if (props.error === undefined || props.error === null) return null;
  const d = describeError(props.error, t, props);
  const Tag = props.inline ? 'span' : 'div';
  return (
    <Tag
      class="error-text"
      role="alert"
      data-testid={props.testid ?? 'error-text'}
      data-kind={d.kind}
      style={props.inline ? undefined : { margin: '4px 0' }}
    >
      <strong style={{ color: 'var(--danger)' }}>{d.title}</strong>
      {d.fix ? <span class="error-fix"> {d.fix}</span> : null}
    </Tag>
  );
}
