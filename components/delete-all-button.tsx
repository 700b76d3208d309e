import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type MessageError, send } from '@/utils/protocol/client';
import { useI18n } from './i18n';
import { useWiped } from './reset-on-wipe';

/**
 * A destructive action behind an inline confirmation: the first button only asks; the question
 * gets focus on Cancel (the safe choice), Escape cancels and returns focus to the trigger.
 */
export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel: string;
  run: () => Promise<unknown>;
  onDone?: () => void;
  doneText?: string;
  testId: string;
  /** Already done (before this button was mounted): show the done text. */
  done?: boolean;
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const [stage, setStage] = useState<'idle' | 'confirm' | 'working' | 'done'>(props.done ? 'done' : 'idle');
  const [error, setError] = useState<string>();
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = `${props.testId}-q`;

  // Layout effect: focus moves before the question is painted, so a key pressed at once lands on it.
  useLayoutEffect(() => {
    if (stage === 'confirm') cancel.current?.focus();
  }, [stage]);

  const close = () => {
    setStage('idle');
    queueMicrotask(() => trigger.current?.focus());
  };
  const confirm = async () => {
    setStage('working');
    setError(undefined);
    try {
      await props.run();
      setStage('done');
      props.onDone?.();
    } catch (e) {
      setError((e as MessageError).message ?? String(e));
      setStage('confirm');
    }
  };

  if (stage === 'idle' || stage === 'done') {
    return (
      <div class="row">
        <button
          type="button"
          class="danger"
          ref={trigger}
          data-testid={props.testId}
          onClick={() => setStage('confirm')}
        >
          {props.label}
        </button>
        {stage === 'done' && props.doneText && (
          <span class="ok" role="status" data-testid={`${props.testId}-done`}>
            {props.doneText}
          </span>
        )}
      </div>
    );
  }
  return (
    <div
      class="card"
      role="alertdialog"
      aria-labelledby={id}
      onKeyDown={(e) => e.key === 'Escape' && stage === 'confirm' && close()}
    >
      <p id={id}>
        <strong>{props.question}</strong>
      </p>
      {props.children}
      <div class="row">
        <button
          type="button"
          class="danger"
          data-testid={`${props.testId}-confirm`}
          disabled={stage === 'working'}
          onClick={() => void confirm()}
        >
          {stage === 'working' ? t('privacy.working') : props.confirmLabel}
        </button>
        <button type="button" ref={cancel} disabled={stage === 'working'} onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {t('common.error', { message: error })}
        </p>
      )}
    </div>
  );
}

/** "Delete all data" (compliance C6): options now, the popup later. */
export function DeleteAllButton(props: { onDone?: () => void }) {
  const { t } = useI18n();
  // The wipe starts the page's views over (ResetOnWipe): the done line must outlive that.
  const wiped = useWiped();
  return (
    <ConfirmButton
      done={wiped}
      testId="delete-all"
      label={t('privacy.delete.button')}
      question={t('privacy.delete.confirm')}
      confirmLabel={t('privacy.delete.confirmButton')}
      doneText={t('privacy.delete.done')}
      run={() => send('privacy.deleteAll', { confirm: true })}
      onDone={props.onDone}
    />
  );
}
