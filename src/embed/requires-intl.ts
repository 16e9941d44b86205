// Evaluated before the library (the first import of the single-file build): its presets are
// built, and its figures worded, with ECMAScript's Intl, so an engine without it gets one clear
// error when the file loads instead of a ReferenceError from deep inside.
if (typeof Intl === 'undefined' || typeof Intl.NumberFormat !== 'function') {
  throw new Error(
    'social-value needs the ECMAScript Internationalization API (Intl.NumberFormat and Intl.Collator, English locale data) to word its figures, and this engine has no Intl.',
  );
}
