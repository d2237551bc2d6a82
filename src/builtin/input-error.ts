import type { BuiltinRule } from './types.js';

/** graylint/input-error: A file could not be read or parsed (empty, binary, too large, not a message). */
export const inputError: BuiltinRule = {
  meta: {
    id: 'graylint/input-error',
    severity: 'error',
    description: 'A file could not be read or parsed (empty, binary, too large, not a message). In JSON it is the result\'s `error`; in SARIF, GitHub and JUnit output it is reported under this id. The run exits 3 and the other files are still checked.',
    citation: '',
    fix: 'Check the file named in the message; remove it from the inputs if it is not an email or template.',
    example: 'graylint: banner.png: binary file (PNG image), not an email or template',
    configurable: false,
  },
};
