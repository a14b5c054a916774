/** The messages of the shared file layer: a stable code plus Dutch and English text. */

/** A user-facing message with a stable code. */
export interface FileMessage {
  code: string;
  nl: string;
  en: string;
}

/** A user-facing error about one place in an uploaded file (line 0: the whole file). */
export interface FileError extends FileMessage {
  /** 1-based line in the file (row in a sheet); 0 when the problem is the whole file. */
  line: number;
  /** The column's header as written in the file ('' when not about one column). */
  column: string;
}

/** Builds a {@link FileMessage} from a code and a catalogue message (`msg(key, params)`). */
export function fileMessage(code: string, message: { nl: string; en: string }): FileMessage {
  return { code, nl: message.nl, en: message.en };
}
