/**
 * A whole-number setting with bounds (cache minutes, deadline hours, sync interval): labelled,
 * keyboard-friendly, with its error tied to the input for screen readers.
 */
export function BoundedNumberField(props: {
  id: string;
  label: string;
  min: number;
  max: number;
  value: string;
  invalid: boolean;
  invalidText: string;
  onInput(value: string): void;
}) {
  const errorId = `${props.id}-err`;
  return (
    <div>
      <label class="field">
        <span>{props.label}</span>
        <input
          type="number"
          inputMode="numeric"
          min={props.min}
          max={props.max}
          step={1}
          required
          data-testid={props.id}
          aria-invalid={props.invalid}
          aria-describedby={props.invalid ? errorId : undefined}
          value={props.value}
          onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {props.invalid ? (
        <p class="error" id={errorId}>
          {props.invalidText}
        </p>
      ) : null}
    </div>
  );
}
