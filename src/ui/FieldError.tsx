/** The message beside the field that is wrong; always rendered so aria-describedby resolves. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
