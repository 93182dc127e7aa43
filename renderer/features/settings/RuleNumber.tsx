// A short number inside a sentence of the rules ("女性年满 [45] 周岁"): the label is the field's name for screen
// readers and tests, the unit follows the box, the error sits underneath like every other field's.
type RuleNumberProps = {
  id: string;
  label: string;
  unit: string;
  value: string;
  error?: string | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
};

export function RuleNumber({ id, label, unit, value, error, disabled, onChange }: RuleNumberProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="st-rule">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input st-num"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => onChange(event.target.value)}
      />
      <span className="st-unit">{unit}</span>
      {error ? (
        <div id={errorId} className="field-error st-rule-error">
          {error}
        </div>
      ) : null}
    </div>
  );
}
