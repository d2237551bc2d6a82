import { describe, expect, it } from 'vitest';
import { differenceFromPrinted, printedLines } from './shown-output.js';

/** How a README example is compared with what the tool printed (test/readme/shown-output.ts). */

const PRINTED = printedLines('\nfile.html  hybrid\n  warning body 3:1    “Give $40, get $40”\n          fix: Move “Give $40 …” down.\n\n1 file checked, 0 errors, 1 warning\n');

describe('a README example against the printed output', () => {
  it('matches when it shows every line, whatever the colour, trailing spaces and blank lines around', () => {
    expect(printedLines('\n\u001b[1mfile.html\u001b[22m  \n\n')).toEqual(['file.html']);
    expect(differenceFromPrinted(['file.html  hybrid', '  warning body 3:1    “Give $40, get $40”', '          fix: Move “Give $40 …” down.', '', '1 file checked, 0 errors, 1 warning'], PRINTED)).toBeNull();
  });

  it('fails when a shown line is not what was printed', () => {
    expect(differenceFromPrinted(['file.html  hybrid', '  warning body 3:1    The promotion “Give $40, get $40”', '…'], PRINTED)).toBe('the example\'s line "  warning body 3:1    The promotion “Give $40, get $40”" is printed as "  warning body 3:1    “Give $40, get $40”"');
  });

  it('fails when lines are printed that the example neither shows nor elides', () => {
    expect(differenceFromPrinted(['file.html  hybrid', '  warning body 3:1    “Give $40, get $40”'], PRINTED)).toMatch(/^the example ends, but the tool goes on printing \(line 3: /);
    expect(differenceFromPrinted(['  warning body 3:1    “Give $40, get $40”', '…'], PRINTED)).toMatch(/^the example's line .* is printed as "file\.html {2}hybrid"$/);
  });

  it('fails when shown lines are out of order', () => {
    expect(differenceFromPrinted(['…', '1 file checked, 0 errors, 1 warning', 'file.html  hybrid', '…'], PRINTED)).not.toBeNull();
  });

  it('lets a line "…" stand for any number of lines, and "…" in a line for any text in it', () => {
    expect(differenceFromPrinted(['file.html  …', '…', '1 file checked, … errors, 1 warning'], PRINTED)).toBeNull();
    expect(differenceFromPrinted(['…', '          fix: Move “Give $40 …” down.', '…'], PRINTED)).toBeNull(); // a printed "…" is matched too
    expect(differenceFromPrinted(['…', '  warning body 3:1    “Give $40, get $40”', '          fix: Move … up.', '…'], PRINTED)).toMatch(/is printed as/);
    expect(differenceFromPrinted(['…', '2 files checked', '…'], PRINTED)).toMatch(/^the tool does not print the example's line "2 files checked"/);
  });
});
