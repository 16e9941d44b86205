/**
 * The single-file build (`dist/social-value.iife.js` in the package): the whole
 * library, the CSV helpers included, with decimal.js, zod and papaparse bundled, as the global
 * `SocialValue`. For engines that run JavaScript but not Node or a bundler: data-warehouse UDFs,
 * edge runtimes, a plain `<script>` tag. See docs/embedding.md. Internal (not an entry of the npm
 * package's `exports`).
 *
 * @packageDocumentation
 */
// First: refuses, with one clear message, an engine without Intl.
import './requires-intl.js';

export * from '../csv/index.js';
export * from '../index.js';
