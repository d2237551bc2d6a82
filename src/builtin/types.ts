/**
 * A finding graylint reports itself rather than a pack: about the config, inline directives, the
 * input, what was not read, or the ESP route. Its meaning is data here, one module per rule, read
 * by the rule docs, the config vocabulary, `graylint rules` and SARIF's rule list.
 */
export interface BuiltinRule {
  id: string;
  /** The severity, or how it depends on the case. */
  severity: string;
  description: string;
  /** What the finding rests on (a law, a provider's policy, an RFC), when anything. */
  citation: string;
  fix: string;
  /** A short input that gets the finding. */
  example: string;
  /** Whether graylint.config.yaml may set its level (`rules:`), as for a pack rule. */
  configurable: boolean;
}
