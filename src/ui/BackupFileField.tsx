import { forwardRef } from 'react';

interface Props {
  id: string;
  label: string;
  hint: string;
  disabled: boolean;
  onChoose: (file: File | undefined) => void;
}

/**
 * Where a backup file is chosen, in Settings and on the first run alike: a JSON backup or the zip
 * that carries evidence files, told apart later by their bytes, not by what the dialog offers.
 */
export const BackupFileField = forwardRef<HTMLInputElement, Props>(function BackupFileField({ id, label, hint, disabled, onChoose }, ref) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={ref}
        type="file"
        accept=".json,.zip,application/json,application/zip"
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={(e) => onChoose(e.target.files?.[0])}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  );
});
