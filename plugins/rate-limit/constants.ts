/** Nest injection token of the plugin's options ({@link RateLimitPluginOptions}). */
export const RATE_LIMIT_PLUGIN_OPTIONS = Symbol('RATE_LIMIT_PLUGIN_OPTIONS');
/** Prefix of every key the plugin stores (Redis: `radiant-rl:<rule>:<key>`). */
export const KEY_PREFIX = 'radiant-rl';
/** Logger context of the plugin. */
export const loggerCtx = 'RateLimitPlugin';
