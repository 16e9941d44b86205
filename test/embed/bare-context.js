// Runs the single-file build in a bare V8 context (node:vm with an empty global: ECMAScript's
// built-ins only, no require, process, Buffer, console, timers or Web APIs), as a data-warehouse
// UDF or an edge runtime would, then the scenario inside it.
import { createContext, runInContext } from 'node:vm';
import { scenario } from './scenario.js';

/** What the bare context offers, read from inside it. */
const probe = `JSON.stringify({
  require: typeof require, process: typeof process, Buffer: typeof Buffer, console: typeof console,
  setTimeout: typeof setTimeout, TextEncoder: typeof TextEncoder, window: typeof window,
  Intl: typeof Intl, SocialValue: typeof SocialValue,
})`;

/**
 * Loads `bundle` (the IIFE text) into a fresh empty context and returns what the context offers
 * and, when `run` is set, the scenario's figures computed inside it.
 * @param {string} bundle
 * @param {{ sheetText?: string, withoutIntl?: boolean, run?: boolean, code?: string }} options
 */
export function inBareContext(bundle, options = {}) {
  const context = createContext({});
  if (options.withoutIntl) runInContext('delete globalThis.Intl;', context);
  runInContext(bundle, context, { filename: 'social-value.iife.js' });
  const globals = JSON.parse(runInContext(probe, context));
  let figures;
  if (options.run) {
    context.sheetText = options.sheetText;
    figures = JSON.parse(
      runInContext(`JSON.stringify((${scenario.toString()})(SocialValue, sheetText))`, context),
    );
  }
  const result = options.code === undefined ? undefined : runInContext(options.code, context);
  return { globals, figures, result };
}
