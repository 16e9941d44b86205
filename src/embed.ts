/**
 * The single-file build (`dist/social-value.iife.js`, export `social-value/embed`): the whole
 * library, the CSV helpers included, with decimal.js, zod and papaparse bundled, as the global
 * `SocialValue`. For engines that run JavaScript but not Node or a bundler: data-warehouse UDFs,
 * edge runtimes, a plain `<script>` tag. See docs/embedding.md.
 *
 * @packageDocumentation
 */
export * from './csv/index.js';
export * from './index.js';
