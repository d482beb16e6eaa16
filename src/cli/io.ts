import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { AppError } from '../core/errors.ts';

const MAX_INPUT_BYTES = 1024 * 1024;

/** Reads FILE or stdin ("-" or no file) as strictly valid UTF-8, refusing input over 1 MB unless a larger limit is given. */
export function readInput(file: string | undefined, maxBytes = MAX_INPUT_BYTES): string {
  const source = !file || file === '-' ? 'stdin' : file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(source === 'stdin' ? 0 : source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError(
      'invalid_input',
      code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`,
      source,
    );
  }
  if (bytes.length > maxBytes) {
    throw new AppError('invalid_input', `input is ${bytes.length} bytes; the limit is ${maxBytes}`, source);
  }
  // What a fatal TextDecoder accepts and returns (a leading BOM dropped), in one native pass instead of two.
  if (!isUtf8(bytes)) throw new AppError('invalid_input', 'input is not valid UTF-8', source);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
