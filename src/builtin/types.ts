import type { ContentModel, Finding, Signals, Verdict } from '../types.js';
import type { Lexicon } from '../lexicon/index.js';

/**
 * A finding graylint reports itself rather than a pack: about the config, inline directives, the
 * input, what was not read, or the ESP route. One module per rule, in ESLint's shape: `meta` is
 * what the rule means (read by the rule docs, the config vocabulary, `graylint rules` and SARIF's
 * rule list) and `check` finds it in one checked message.
 *
 * Rules whose input is not one message have no `check` here: the directive rules run where
 * directives are applied (src/suppression/), the stream rule where the config's declared streams are
 * (src/config/apply.ts), the ESP rules where the route is read (src/esp/findings.ts), and
 * input-error is the result's `error`. Each of those reads its meta from its module here.
 */
export interface BuiltinMeta {
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
  /**
   * The finding is about graylint's reading of the input (a limit, a body it could not read),
   * not about the message: no inline directive silences it.
   */
  aboutReading?: boolean;
}

/** What a message check sees: the content model, every signal, the category verdict and the lexicon. */
export interface MessageContext {
  model: ContentModel;
  signals: Signals;
  /** The category pack's verdict (transactional / marketing / hybrid), when there is one. */
  category: Verdict | undefined;
  lexicon: Lexicon;
}

export interface BuiltinRule {
  meta: BuiltinMeta;
  /** The findings of this rule in one checked message (absent for rules checked in another stage). */
  check?: (ctx: MessageContext) => Finding[];
}
