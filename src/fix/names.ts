/**
 * Names of the machine fixes, which pack rules refer to with `fixer:`. Kept apart from the fixes
 * themselves so that checking (which only needs the names) does not load them.
 */
export const ONE_CLICK_FIXER = 'one-click-unsubscribe';
export const FIXER_NAMES: readonly string[] = [ONE_CLICK_FIXER];
