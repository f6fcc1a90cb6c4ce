/** What a form's text field holds, trimmed; an empty one means "none". */
export const orNull = (text: string) => (text.trim() === "" ? null : text.trim());
